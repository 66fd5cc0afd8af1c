import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { findApiKey } from '../../services/api-keys/get';
import { toView } from '../../services/api-keys/view';
import { ApiKey } from './schemas';

/** One key of the organization, without its secret. */
export const route = new Hono<AppEnv>().get(
  '/v1/keys/:id',
  doc({
    operationId: 'getApiKey',
    summary: 'Get an API key',
    tags: ['API keys'],
    auth: 'key',
    scope: 'keys:read',
    errors: [400, 404],
    responses: { 200: { description: 'The key', schema: ApiKey } },
  }),
  requireScope('keys:read'),
  params(IdParam),
  async (c) => reply(c, ApiKey, toView(await findApiKey(serviceContext(c), c.req.valid('param').id))),
);
