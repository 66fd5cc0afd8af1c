import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Sample } from '../../schemas/sample';
import { deliverSample } from '../../services/samples/deliver';

/** Mark a sample delivered */
export const route = new Hono<AppEnv>().post(
  '/v1/samples/:id/deliver',
  doc({
    operationId: 'deliverSample',
    summary: 'Mark a sample delivered',
    description: 'For the merchant. From `shipped` to `delivered`; sets `deliveredAt` and `contentDueAt` = deliveredAt + contentDueDays. Any other status is 409.',
    tags: ['Samples'],
    auth: 'key',
    scope: 'samples:write',
    errors: [404, 409],
    responses: { 200: { description: 'The sample request', schema: Sample } },
  }),
  requireScope('samples:write'),
  params(IdParam),
  async (c) => reply(c, Sample, await deliverSample({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
