import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { OfferListQuery, OfferPage } from '../../schemas/offer';
import { listOffers } from '../../services/offers/list';

/** The offers a creator may promote. */
export const route = new Hono<AppEnv>().get(
  '/v1/offers',
  doc({
    operationId: 'listOffers',
    summary: 'List offers open to you',
    description:
      'Creators only. Exactly the approved offers of open activities inside their promotion period whose provider has ' +
      'you active on its roster (open and exclusive plans) or that name you (targeted plans); products must be active. ' +
      'Filters: `category` (the code and its children), `activityId`, `q` (in the product title).',
    tags: ['Offers'],
    auth: 'key',
    scope: 'activities:read',
    errors: [400],
    responses: { 200: { description: 'A page of offers', schema: OfferPage } },
  }),
  requireScope('activities:read'),
  query(OfferListQuery),
  async (c) => reply(c, OfferPage, await listOffers({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
