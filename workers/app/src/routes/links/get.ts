import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Link } from '../../schemas/link';
import { getLink } from '../../services/links/get';

/** One of the caller's links. */
export const route = new Hono<AppEnv>().get(
  '/v1/links/:id',
  doc({
    operationId: 'getLink',
    summary: 'Get a link',
    description: 'One of your links; `offerOpen` says whether it still redirects.',
    tags: ['Links'],
    auth: 'key',
    scope: 'links:read',
    errors: [404],
    responses: { 200: { description: 'The link', schema: Link } },
  }),
  requireScope('links:read'),
  params(IdParam),
  async (c) => reply(c, Link, await getLink({ ctx: serviceContext(c), input: { ...c.req.valid('param'), origin: new URL(c.req.url).origin } })),
);
