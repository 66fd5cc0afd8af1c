import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { ImportListQuery, ImportPage } from '../../schemas/import';
import { listImports } from '../../services/imports/list';

/** Your imports, newest first. */
export const route = new Hono<AppEnv>().get(
  '/v1/imports',
  doc({
    operationId: 'listImports',
    summary: 'List imports',
    description: 'Your CSV imports, newest first, with their counts (read one import for its rejected rows).',
    tags: ['Catalog'],
    auth: 'key',
    scope: 'catalog:read',
    errors: [400],
    responses: { 200: { description: 'A page of imports', schema: ImportPage } },
  }),
  requireScope('catalog:read'),
  query(ImportListQuery),
  async (c) => reply(c, ImportPage, await listImports({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
