import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { RosterMember } from '../../schemas/roster';
import { transitionRoster } from '../../services/rosters/transition';

/** Decline a roster invitation (creator). */
export const route = new Hono<AppEnv>().post(
  '/v1/roster/:id/decline',
  doc({
    operationId: 'declineRosterInvitation',
    summary: 'Decline a roster invitation',
    description: "Creators, for their own invitations: `invited` → `declined`; from any other status 409. The provider may invite again.",
    tags: ['Roster'],
    auth: 'key',
    scope: 'creators:write',
    errors: [404, 409],
    responses: { 200: { description: 'The membership', schema: RosterMember } },
  }),
  requireScope('creators:write'),
  params(IdParam),
  async (c) => reply(c, RosterMember, await transitionRoster({ ctx: serviceContext(c), input: { id: c.req.valid('param').id, action: 'decline' } })),
);
