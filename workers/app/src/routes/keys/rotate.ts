import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { rotateApiKey } from '../../services/api-keys/rotate';
import { CreatedApiKey, RotateApiKeyBody } from './schemas';

/** Replaces a key by a new one; the old one keeps working for the overlap. */
export const route = new Hono<AppEnv>().post(
  '/v1/keys/:id/rotate',
  doc({
    operationId: 'rotateApiKey',
    summary: 'Rotate an API key',
    description:
      'Creates a key with the same name and scopes (`rotatedFrom` = this key) and shows its secret once. The old key ' +
      'keeps working for `overlapSeconds` (default 86400, at most 7 days) or until its own earlier expiry; the new key ' +
      'inherits that earlier expiry, if any. A revoked or expired key cannot be rotated (409). Send `{}` for the defaults.',
    tags: ['API keys'],
    auth: 'key',
    scope: 'keys:write',
    errors: [400, 404, 409, 415],
    responses: { 201: { description: 'The new key, with its secret', schema: CreatedApiKey } },
  }),
  requireScope('keys:write'),
  params(IdParam),
  jsonBody(RotateApiKeyBody),
  async (c) => {
    const input = { id: c.req.valid('param').id, ...c.req.valid('json') };
    return reply(c, CreatedApiKey, await rotateApiKey({ ctx: serviceContext(c), input }), 201);
  },
);
