import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { LinkAnalytics, LinkAnalyticsQuery } from '../../schemas/analytics';
import { linkAnalytics } from '../../services/analytics/links';

/** Clicks per link per day, per offer, per creator. */
export const route = new Hono<AppEnv>().get(
  '/v1/analytics/links',
  doc({
    operationId: 'linkAnalytics',
    summary: 'Link click analytics',
    description:
      'Clicks counted (one per visitor per link per hour), by bots, and duplicates, for the UTC days `from`..`to` ' +
      '(default: the last 30 days; at most 366). A creator sees its own links; a provider the links to its ' +
      'activities’ offers; a merchant the links to its products. Filters: `linkId`, `offerId`. `groupBy=day` ' +
      '(default) gives a row per link per day, `groupBy=link` one per link. Clicks appear within seconds (they are ' +
      'counted from a queue).',
    tags: ['Links'],
    auth: 'key',
    scope: 'links:read',
    errors: [400],
    responses: { 200: { description: 'The counts', schema: LinkAnalytics } },
  }),
  requireScope('links:read'),
  query(LinkAnalyticsQuery),
  async (c) => reply(c, LinkAnalytics, await linkAnalytics({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
