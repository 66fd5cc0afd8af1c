import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { CreateSampleBody, Sample } from '../../schemas/sample';
import { createSample } from '../../services/samples/create';

/** A creator requests a sample (寄样) of an offer open to it. */
export const route = new Hono<AppEnv>().post(
  '/v1/samples',
  doc({
    operationId: 'createSample',
    summary: 'Request a sample',
    description:
      'For creator organizations. `offerId` is an offer open to you; `skuId`, if given, a SKU of its product. ' +
      '409 (naming `offerId`) when the product offers no samples or you already have an open request for the offer; ' +
      '409 (naming `quantity`) when fewer units are left. The units are reserved at once and come back on reject or cancel.',
    tags: ['Samples'],
    auth: 'key',
    scope: 'samples:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 201: { description: 'The request, status `requested`', schema: Sample } },
  }),
  requireScope('samples:write'),
  jsonBody(CreateSampleBody),
  async (c) => reply(c, Sample, await createSample({ ctx: serviceContext(c), input: c.req.valid('json') }), 201),
);
