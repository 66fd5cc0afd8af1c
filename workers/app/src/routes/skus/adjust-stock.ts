import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { StockAdjustmentBody, StockLevel } from '../../schemas/product';
import { adjustStock } from '../../services/stock/adjust';

/** Moves a SKU's stock up or down, atomically, never below zero. */
export const route = new Hono<AppEnv>().post(
  '/v1/skus/:id/stock-adjustments',
  doc({
    operationId: 'adjustStock',
    summary: 'Adjust stock',
    description:
      "Adds `delta` (negative to remove) to the SKU's stock and records the move with its `reason`. Stock never goes " +
      'below zero: a decrement larger than the stock answers 409 naming `delta` and changes nothing. Send an ' +
      '`idempotencyKey` to make retries safe: the same key answers the first result again; with other content, 409.',
    tags: ['Catalog'],
    auth: 'key',
    scope: 'catalog:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 200: { description: 'The stock after the move', schema: StockLevel } },
  }),
  requireScope('catalog:write'),
  params(IdParam),
  jsonBody(StockAdjustmentBody),
  async (c) => {
    const input = { skuId: c.req.valid('param').id, ...c.req.valid('json') };
    return reply(c, StockLevel, await adjustStock({ ctx: serviceContext(c), input }));
  },
);
