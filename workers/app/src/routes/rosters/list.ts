import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { RosterListQuery, RosterPage } from '../../schemas/roster';
import { listRoster } from '../../services/rosters/list';

/** A provider's roster, or a creator's invitations and memberships. */
export const route = new Hono<AppEnv>().get(
  '/v1/roster',
  doc({
    operationId: 'listRoster',
    summary: 'List roster memberships',
    description: 'Providers see their roster, creators their invitations and memberships. Filter with `status`.',
    tags: ['Roster'],
    auth: 'key',
    scope: 'creators:read',
    errors: [400],
    responses: { 200: { description: 'A page of memberships', schema: RosterPage } },
  }),
  requireScope('creators:read'),
  query(RosterListQuery),
  async (c) => reply(c, RosterPage, await listRoster({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
