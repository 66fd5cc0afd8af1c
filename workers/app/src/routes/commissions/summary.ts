import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { CommissionSummary } from '../../schemas/order';
import { commissionSummary } from '../../services/commissions/summary';

/** The caller's commission totals per currency and state. */
export const route = new Hono<AppEnv>().get(
  '/v1/commissions/summary',
  doc({
    operationId: 'commissionSummary',
    summary: 'Commission totals',
    description: 'Per currency, what your commission lines add up to: pending, held, locked, payable, in a payout, paid, and reversed by refunds.',
    tags: ['Commissions'],
    auth: 'key',
    scope: 'commissions:read',
    responses: { 200: { description: 'Totals per currency', schema: CommissionSummary } },
  }),
  requireScope('commissions:read'),
  async (c) => reply(c, CommissionSummary, await commissionSummary({ ctx: serviceContext(c) })),
);
