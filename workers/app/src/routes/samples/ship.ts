import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { ShipSampleBody, Sample } from '../../schemas/sample';
import { shipSample } from '../../services/samples/ship';

/** Ship a sample */
export const route = new Hono<AppEnv>().post(
  '/v1/samples/:id/ship',
  doc({
    operationId: 'shipSample',
    summary: 'Ship a sample',
    description: 'For the merchant. From `approved` to `shipped` with `carrier` and `trackingNumber`. Any other status is 409.',
    tags: ['Samples'],
    auth: 'key',
    scope: 'samples:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 200: { description: 'The sample request', schema: Sample } },
  }),
  requireScope('samples:write'),
  params(IdParam),
  jsonBody(ShipSampleBody),
  async (c) => reply(c, Sample, await shipSample({ ctx: serviceContext(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } })),
);
