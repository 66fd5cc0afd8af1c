import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { RejectSampleBody, Sample } from '../../schemas/sample';
import { rejectSample } from '../../services/samples/reject';

/** Reject a sample request */
export const route = new Hono<AppEnv>().post(
  '/v1/samples/:id/reject',
  doc({
    operationId: 'rejectSample',
    summary: 'Reject a sample request',
    description: 'For the merchant. From `requested` to `rejected` with a `reason`; the units go back to the product. Any other status is 409.',
    tags: ['Samples'],
    auth: 'key',
    scope: 'samples:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 200: { description: 'The sample request', schema: Sample } },
  }),
  requireScope('samples:write'),
  params(IdParam),
  jsonBody(RejectSampleBody),
  async (c) => reply(c, Sample, await rejectSample({ ctx: serviceContext(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } })),
);
