import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Sample } from '../../schemas/sample';
import { approveSample } from '../../services/samples/approve';

/** Approve a sample request */
export const route = new Hono<AppEnv>().post(
  '/v1/samples/:id/approve',
  doc({
    operationId: 'approveSample',
    summary: 'Approve a sample request',
    description: 'For the merchant of the product. From `requested` to `approved`; any other status is 409.',
    tags: ['Samples'],
    auth: 'key',
    scope: 'samples:write',
    errors: [404, 409],
    responses: { 200: { description: 'The sample request', schema: Sample } },
  }),
  requireScope('samples:write'),
  params(IdParam),
  async (c) => reply(c, Sample, await approveSample({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
