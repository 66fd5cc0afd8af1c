import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { EnrollmentListQuery, EnrollmentPage } from '../../schemas/enrollment';
import { listEnrollments } from '../../services/enrollments/list';
import { READ_SCOPES, requireScopeFor } from './scope';

/** A merchant's applications, or those to a provider's activities. */
export const route = new Hono<AppEnv>().get(
  '/v1/enrollments',
  doc({
    operationId: 'listEnrollments',
    summary: 'List enrollments',
    description:
      'Merchants see their own applications (scope `catalog:read`); providers those to their activities (scope ' +
      '`activities:read`). Filters: `status`, `activityId`. Each carries its full rate history.',
    tags: ['Enrollments'],
    auth: 'key',
    errors: [400, 403],
    responses: { 200: { description: 'A page of enrollments', schema: EnrollmentPage } },
  }),
  requireScopeFor(READ_SCOPES),
  query(EnrollmentListQuery),
  async (c) => reply(c, EnrollmentPage, await listEnrollments({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
