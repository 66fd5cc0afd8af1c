import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { OfferDetail } from '../../schemas/offer';
import { getOffer } from '../../services/offers/get';

/** One offer open to the calling creator, with its rate history. */
export const route = new Hono<AppEnv>().get(
  '/v1/offers/:id',
  doc({
    operationId: 'getOffer',
    summary: 'Get an offer',
    description: 'By enrollment id; 404 unless the offer is open to you now (same rule as the list).',
    tags: ['Offers'],
    auth: 'key',
    scope: 'activities:read',
    errors: [404],
    responses: { 200: { description: 'The offer', schema: OfferDetail } },
  }),
  requireScope('activities:read'),
  params(IdParam),
  async (c) => reply(c, OfferDetail, await getOffer({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
