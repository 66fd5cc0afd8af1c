import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { ContinueQuery, ImportJob } from '../../schemas/import';
import { continueImport } from '../../services/imports/continue';

/** Records the next chunks of an order import now. */
export const route = new Hono<AppEnv>().post(
  '/v1/imports/orders/:id/continue',
  doc({
    operationId: 'continueOrderImport',
    summary: 'Continue an order import',
    description:
      'Applies up to `chunks` (default 4, at most 20) more chunks of whole orders (~100 rows each) now and answers the ' +
      'progress; the background queue does the same work, and each chunk is applied exactly once whoever gets to it.',
    tags: ['Orders'],
    auth: 'key',
    scope: 'orders:write',
    errors: [400, 404],
    responses: { 200: { description: 'The import after this step', schema: ImportJob } },
  }),
  requireScope('orders:write'),
  params(IdParam),
  query(ContinueQuery),
  async (c) => {
    const input = { id: c.req.valid('param').id, chunks: c.req.valid('query').chunks, kind: 'orders' };
    return reply(c, ImportJob, await continueImport({ ctx: serviceContext(c), input }));
  },
);
