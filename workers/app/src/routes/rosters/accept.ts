import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { RosterMember } from '../../schemas/roster';
import { transitionRoster } from '../../services/rosters/transition';

/** Accept a roster invitation (creator). */
export const route = new Hono<AppEnv>().post(
  '/v1/roster/:id/accept',
  doc({
    operationId: 'acceptRosterInvitation',
    summary: 'Accept a roster invitation',
    description: "Creators, for their own invitations: `invited` → `active`; from any other status 409.",
    tags: ['Roster'],
    auth: 'key',
    scope: 'creators:write',
    errors: [404, 409],
    responses: { 200: { description: 'The membership', schema: RosterMember } },
  }),
  requireScope('creators:write'),
  params(IdParam),
  async (c) => reply(c, RosterMember, await transitionRoster({ ctx: serviceContext(c), input: { id: c.req.valid('param').id, action: 'accept' } })),
);
