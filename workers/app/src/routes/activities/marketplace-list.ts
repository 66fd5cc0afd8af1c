import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { MarketplaceActivityPage, MarketplaceQuery } from '../../schemas/activity';
import { listMarketplace } from '../../services/activities/marketplace';

/** Merchants browse the activities they may apply to. */
export const route = new Hono<AppEnv>().get(
  '/v1/marketplace/activities',
  doc({
    operationId: 'listMarketplaceActivities',
    summary: 'Browse activities',
    description:
      "Merchants only. Every provider's open, public activities that have not ended. Filters: `category` (matches " +
      'the code, its children and its parent), `planType`, `q` (in the name).',
    tags: ['Activities'],
    auth: 'key',
    scope: 'activities:read',
    errors: [400],
    responses: { 200: { description: 'A page of activities', schema: MarketplaceActivityPage } },
  }),
  requireScope('activities:read'),
  query(MarketplaceQuery),
  async (c) => reply(c, MarketplaceActivityPage, await listMarketplace({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
