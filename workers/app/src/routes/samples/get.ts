import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Sample } from '../../schemas/sample';
import { getSample } from '../../services/samples/get';

/** One sample request, for its creator, merchant or provider. */
export const route = new Hono<AppEnv>().get(
  '/v1/samples/:id',
  doc({
    operationId: 'getSample',
    summary: 'Get a sample request',
    tags: ['Samples'],
    auth: 'key',
    scope: 'samples:read',
    errors: [404],
    responses: { 200: { description: 'The sample request', schema: Sample } },
  }),
  requireScope('samples:read'),
  params(IdParam),
  async (c) => reply(c, Sample, await getSample({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
