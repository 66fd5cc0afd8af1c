import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { InviteBody, RosterMember } from '../../schemas/roster';
import { inviteCreator } from '../../services/rosters/invite';

/** A provider invites a creator to its roster. */
export const route = new Hono<AppEnv>().post(
  '/v1/roster',
  doc({
    operationId: 'inviteCreator',
    summary: 'Invite a creator to your roster',
    description:
      'Providers only. `creatorOrgId` must be a creator organization (400 naming it otherwise). Re-inviting after a ' +
      'decline or a removal reopens the same membership; inviting an invited or active creator is 409.',
    tags: ['Roster'],
    auth: 'key',
    scope: 'creators:write',
    errors: [400, 409, 413, 415],
    responses: { 201: { description: 'The membership, status `invited`', schema: RosterMember } },
  }),
  requireScope('creators:write'),
  jsonBody(InviteBody),
  async (c) => reply(c, RosterMember, await inviteCreator({ ctx: serviceContext(c), input: c.req.valid('json') }), 201),
);
