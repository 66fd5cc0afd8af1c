import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { Balances } from '../../schemas/order';
import { getBalances } from '../../services/ledger/get-balances';

/** The caller's balances from the ledger. */
export const route = new Hono<AppEnv>().get(
  '/v1/ledger/balances',
  doc({
    operationId: 'getBalances',
    summary: 'Your balances',
    description:
      'Per account and currency, from the ledger’s postings. Creators and providers: `pending` (owed, not yet locked) and ' +
      '`payable`. Merchants selling through postback or CSV: `merchant_balance`, which top-ups credit and commission ' +
      'debits; while it is negative in any currency your offers are paused (`fundingPausedAt`).',
    tags: ['Commissions'],
    auth: 'key',
    scope: 'commissions:read',
    responses: { 200: { description: 'Your balances', schema: Balances } },
  }),
  requireScope('commissions:read'),
  async (c) => reply(c, Balances, await getBalances({ ctx: serviceContext(c) })),
);
