import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { RosterMember } from '../../schemas/roster';
import { transitionRoster } from '../../services/rosters/transition';

/** Remove a creator from your roster (provider). */
export const route = new Hono<AppEnv>().post(
  '/v1/roster/:id/remove',
  doc({
    operationId: 'removeRosterMember',
    summary: 'Remove a creator from your roster',
    description: "Providers, for their own roster: `invited` or `active` → `removed`; otherwise 409. The creator stops seeing the provider's open and exclusive offers at once.",
    tags: ['Roster'],
    auth: 'key',
    scope: 'creators:write',
    errors: [404, 409],
    responses: { 200: { description: 'The membership', schema: RosterMember } },
  }),
  requireScope('creators:write'),
  params(IdParam),
  async (c) => reply(c, RosterMember, await transitionRoster({ ctx: serviceContext(c), input: { id: c.req.valid('param').id, action: 'remove' } })),
);
