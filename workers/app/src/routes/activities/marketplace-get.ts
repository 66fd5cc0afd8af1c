import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { MarketplaceActivity } from '../../schemas/activity';
import { IdParam } from '../../schemas/common';
import { getMarketplaceActivity } from '../../services/activities/marketplace';

/** One activity a merchant may apply to: public ones, and invite-only ones by their id. */
export const route = new Hono<AppEnv>().get(
  '/v1/marketplace/activities/:id',
  doc({
    operationId: 'getMarketplaceActivity',
    summary: 'Get an activity to apply to',
    description: 'Merchants only. Any published (open or closed) activity by id, invite-only ones included; drafts are 404.',
    tags: ['Activities'],
    auth: 'key',
    scope: 'activities:read',
    errors: [404],
    responses: { 200: { description: 'The activity', schema: MarketplaceActivity } },
  }),
  requireScope('activities:read'),
  params(IdParam),
  async (c) => reply(c, MarketplaceActivity, await getMarketplaceActivity({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
