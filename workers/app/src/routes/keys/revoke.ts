import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { revokeApiKey } from '../../services/api-keys/revoke';
import { ApiKey } from './schemas';

/** Revokes a key at once; idempotent. */
export const route = new Hono<AppEnv>().post(
  '/v1/keys/:id/revoke',
  doc({
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key',
    description: 'The key stops working at once. Revoking a revoked key changes nothing and answers the first revocation time.',
    tags: ['API keys'],
    auth: 'key',
    scope: 'keys:write',
    errors: [400, 404],
    responses: { 200: { description: 'The revoked key', schema: ApiKey } },
  }),
  requireScope('keys:write'),
  params(IdParam),
  async (c) => reply(c, ApiKey, await revokeApiKey({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
