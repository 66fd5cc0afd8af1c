import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { IdParam } from '../../schemas/common';
import { Enrollment } from '../../schemas/enrollment';
import { enrollmentView } from '../../services/enrollments/view';
import { READ_SCOPES, requireScopeFor } from './scope';

/** One enrollment, for its merchant or the activity's provider, with every rate version. */
export const route = new Hono<AppEnv>().get(
  '/v1/enrollments/:id',
  doc({
    operationId: 'getEnrollment',
    summary: 'Get an enrollment',
    description: 'For its merchant (`catalog:read`) or the provider of its activity (`activities:read`): `terms` lists every version, `currentTerms` the one in force now.',
    tags: ['Enrollments'],
    auth: 'key',
    errors: [403, 404],
    responses: { 200: { description: 'The enrollment', schema: Enrollment } },
  }),
  requireScopeFor(READ_SCOPES),
  params(IdParam),
  async (c) => reply(c, Enrollment, await enrollmentView(serviceContext(c), c.req.valid('param').id)),
);
