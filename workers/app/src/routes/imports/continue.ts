import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { ContinueQuery, ImportJob } from '../../schemas/import';
import { continueImport } from '../../services/imports/continue';

/** Applies the next chunks of an import now. */
export const route = new Hono<AppEnv>().post(
  '/v1/imports/:id/continue',
  doc({
    operationId: 'continueImport',
    summary: 'Continue an import',
    description:
      'Applies up to `chunks` (default 4, at most 20) more chunks of ~250 rows now and answers the progress. The web ' +
      'page calls it until `status` is `done` to show progress; the background queue does the same work, and each ' +
      'chunk is applied exactly once whoever gets to it. A finished import answers as it is.',
    tags: ['Catalog'],
    auth: 'key',
    scope: 'catalog:write',
    errors: [400, 404],
    responses: { 200: { description: 'The import after this step', schema: ImportJob } },
  }),
  requireScope('catalog:write'),
  params(IdParam),
  query(ContinueQuery),
  async (c) => {
    const input = { id: c.req.valid('param').id, chunks: c.req.valid('query').chunks };
    return reply(c, ImportJob, await continueImport({ ctx: serviceContext(c), input }));
  },
);
