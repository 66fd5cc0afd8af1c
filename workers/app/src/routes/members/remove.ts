import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { removeMember } from '../../services/members/change';

export const route = new Hono<AppEnv>().delete(
  '/v1/members/:id',
  doc({
    operationId: 'removeMember',
    summary: 'Remove a member',
    description: 'Takes a person out of your organization. The last owner cannot be removed (409).',
    tags: ['Members'],
    auth: 'key',
    scope: 'members:write',
    responses: { 204: { description: 'Removed' } },
    errors: [400, 404, 409],
  }),
  requireScope('members:write'),
  params(IdParam),
  async (c) => {
    await removeMember({ ctx: serviceContext(c), input: c.req.valid('param') });
    return c.body(null, 204);
  },
);
