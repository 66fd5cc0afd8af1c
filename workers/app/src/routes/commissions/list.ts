import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { CommissionListQuery, CommissionPage } from '../../schemas/order';
import { listCommissions } from '../../services/commissions/list';

/** The caller's commission lines. */
export const route = new Hono<AppEnv>().get(
  '/v1/commissions',
  doc({
    operationId: 'listCommissions',
    summary: 'List your commission lines',
    description:
      'What your organization earns, one line per order line and part, with the terms frozen at order time; newest ' +
      'first. Filters: `status`, `held` (`true`: held by a fraud rule), `currency`, `orderId`.',
    tags: ['Commissions'],
    auth: 'key',
    scope: 'commissions:read',
    errors: [400],
    responses: { 200: { description: 'A page of commission lines', schema: CommissionPage } },
  }),
  requireScope('commissions:read'),
  query(CommissionListQuery),
  async (c) => reply(c, CommissionPage, await listCommissions({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
