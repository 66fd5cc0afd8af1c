import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { Organization } from '../../schemas/organization';
import { getOrganization } from '../../services/organizations/view';

export const route = new Hono<AppEnv>().get(
  '/v1/organization',
  doc({
    operationId: 'getOrganization',
    summary: 'Your organization',
    tags: ['Organization'],
    auth: 'key',
    scope: 'organization:read',
    responses: { 200: { description: 'The organization', schema: Organization } },
  }),
  requireScope('organization:read'),
  async (c) => reply(c, Organization, await getOrganization({ ctx: serviceContext(c) })),
);
