import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Link } from '../../schemas/link';
import { setLinkStatus } from '../../services/links/status';

/** Enable a link. */
export const route = new Hono<AppEnv>().post(
  '/v1/links/:id/enable',
  doc({
    operationId: 'enableLink',
    summary: 'Enable a link',
    description: 'The link redirects again while its offer is open to you. Enabling an active link changes nothing.',
    tags: ['Links'],
    auth: 'key',
    scope: 'links:write',
    errors: [404],
    responses: { 200: { description: 'The link', schema: Link } },
  }),
  requireScope('links:write'),
  params(IdParam),
  async (c) =>
    reply(c, Link, await setLinkStatus({ ctx: serviceContext(c), input: { ...c.req.valid('param'), status: 'active', origin: new URL(c.req.url).origin } })),
);
