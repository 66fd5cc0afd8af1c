import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { SampleListQuery, SamplePage } from '../../schemas/sample';
import { listSamples } from '../../services/samples/list';

/** Sample requests the caller is party to. */
export const route = new Hono<AppEnv>().get(
  '/v1/samples',
  doc({
    operationId: 'listSamples',
    summary: 'List sample requests',
    description:
      'Creators see their own requests, merchants those for their products, providers those made through their ' +
      'activities; newest first. Filters: `status`, `overdue=true|false`, `offerId`.',
    tags: ['Samples'],
    auth: 'key',
    scope: 'samples:read',
    errors: [400],
    responses: { 200: { description: 'A page of sample requests', schema: SamplePage } },
  }),
  requireScope('samples:read'),
  query(SampleListQuery),
  async (c) => reply(c, SamplePage, await listSamples({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
