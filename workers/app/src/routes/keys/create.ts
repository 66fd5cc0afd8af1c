import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { createApiKey } from '../../services/api-keys/create';
import { CreateApiKeyBody, CreatedApiKey } from './schemas';

/** Creates an organization API key; the secret is in this response only. */
export const route = new Hono<AppEnv>().post(
  '/v1/keys',
  doc({
    operationId: 'createApiKey',
    summary: 'Create an API key',
    description:
      'Creates a key for your organization with the given scopes (each one you hold yourself). ' +
      'The secret `key` is shown only in this response; only its hash is stored.',
    tags: ['API keys'],
    auth: 'key',
    scope: 'keys:write',
    errors: [400, 413, 415],
    responses: { 201: { description: 'The new key, with its secret', schema: CreatedApiKey } },
  }),
  requireScope('keys:write'),
  jsonBody(CreateApiKeyBody),
  async (c) => {
    const created = await createApiKey({ ctx: serviceContext(c), input: c.req.valid('json') });
    return reply(c, CreatedApiKey, created, 201);
  },
);
