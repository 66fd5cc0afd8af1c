import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { revokeInvitation } from '../../services/invitations/revoke';

export const route = new Hono<AppEnv>().delete(
  '/v1/invitations/:id',
  doc({
    operationId: 'revokeInvitation',
    summary: 'Revoke an invitation',
    description: 'Its link stops working. Revoking twice is harmless; an accepted invitation answers 409.',
    tags: ['Members'],
    auth: 'key',
    scope: 'members:write',
    responses: { 204: { description: 'Revoked' } },
    errors: [400, 404, 409],
  }),
  requireScope('members:write'),
  params(IdParam),
  async (c) => {
    await revokeInvitation({ ctx: serviceContext(c), input: c.req.valid('param') });
    return c.body(null, 204);
  },
);
