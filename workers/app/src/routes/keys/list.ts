import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { PageQuery } from '../../schemas/common';
import { listApiKeys } from '../../services/api-keys/list';
import { ApiKeyPage } from './schemas';

/** The organization's keys, newest first, without their secrets. */
export const route = new Hono<AppEnv>().get(
  '/v1/keys',
  doc({
    operationId: 'listApiKeys',
    summary: 'List API keys',
    description: "Your organization's keys, newest first, including revoked and expired ones. Never shows a secret.",
    tags: ['API keys'],
    auth: 'key',
    scope: 'keys:read',
    errors: [400],
    responses: { 200: { description: 'A page of keys', schema: ApiKeyPage } },
  }),
  requireScope('keys:read'),
  query(PageQuery),
  async (c) => reply(c, ApiKeyPage, await listApiKeys({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
