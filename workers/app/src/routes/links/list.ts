import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { LinkListQuery, LinkPage } from '../../schemas/link';
import { listLinks } from '../../services/links/list';

/** The caller's links. */
export const route = new Hono<AppEnv>().get(
  '/v1/links',
  doc({
    operationId: 'listLinks',
    summary: 'List your links',
    description: 'For creators: your links, newest first. Filters: `offerId`, `status` (`active`, `disabled`), `subId`.',
    tags: ['Links'],
    auth: 'key',
    scope: 'links:read',
    errors: [400],
    responses: { 200: { description: 'A page of links', schema: LinkPage } },
  }),
  requireScope('links:read'),
  query(LinkListQuery),
  async (c) => reply(c, LinkPage, await listLinks({ ctx: serviceContext(c), input: { ...c.req.valid('query'), origin: new URL(c.req.url).origin } })),
);
