import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { Organization, OrganizationPatch } from '../../schemas/organization';
import { updateOrganization } from '../../services/organizations/view';

export const route = new Hono<AppEnv>().patch(
  '/v1/organization',
  doc({
    operationId: 'updateOrganization',
    summary: 'Update your organization',
    description: 'Renames the organization or changes its default language. The slug does not change.',
    tags: ['Organization'],
    auth: 'key',
    scope: 'organization:write',
    responses: { 200: { description: 'The updated organization', schema: Organization } },
    errors: [400],
  }),
  requireScope('organization:write'),
  jsonBody(OrganizationPatch),
  async (c) => reply(c, Organization, await updateOrganization({ ctx: serviceContext(c), input: c.req.valid('json') })),
);
