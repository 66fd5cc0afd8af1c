import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { ImportJob } from '../../schemas/import';
import { getImport } from '../../services/imports/view';

/** An import's progress and its rejected-rows report. */
export const route = new Hono<AppEnv>().get(
  '/v1/imports/:id',
  doc({
    operationId: 'getImport',
    summary: 'Get an import',
    description: 'Progress (`processedRows` of `totalRows`), the counts, and each rejected row with its line, column and reason.',
    tags: ['Catalog'],
    auth: 'key',
    scope: 'catalog:read',
    errors: [404],
    responses: { 200: { description: 'The import', schema: ImportJob } },
  }),
  requireScope('catalog:read'),
  params(IdParam),
  async (c) => reply(c, ImportJob, await getImport({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
