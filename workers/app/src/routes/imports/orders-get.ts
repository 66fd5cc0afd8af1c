import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { ImportJob } from '../../schemas/import';
import { getImport } from '../../services/imports/view';

/** An order import's progress and its rejected-rows report. */
export const route = new Hono<AppEnv>().get(
  '/v1/imports/orders/:id',
  doc({
    operationId: 'getOrderImport',
    summary: 'Get an order import',
    description:
      'Progress (`processedRows` of `totalRows`) and the counts by row: `created` (rows of orders recorded by this ' +
      'import), `unchanged` (rows of orders already recorded with the same content), `rejected` — each rejected row ' +
      'with its line, column and reason.',
    tags: ['Orders'],
    auth: 'key',
    scope: 'orders:read',
    errors: [404],
    responses: { 200: { description: 'The import', schema: ImportJob } },
  }),
  requireScope('orders:read'),
  params(IdParam),
  async (c) => reply(c, ImportJob, await getImport({ ctx: serviceContext(c), input: { ...c.req.valid('param'), kind: 'orders' } })),
);
