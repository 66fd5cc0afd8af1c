import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Enrollment } from '../../schemas/enrollment';
import { decideEnrollment } from '../../services/enrollments/decide';

/** The provider approves an application: the offer opens to its creators. */
export const route = new Hono<AppEnv>().post(
  '/v1/enrollments/:id/approve',
  doc({
    operationId: 'approveEnrollment',
    summary: 'Approve an application',
    description: 'Providers, for applications to their activities. Only from `applied`; a second decision is 409.',
    tags: ['Enrollments'],
    auth: 'key',
    scope: 'activities:write',
    errors: [404, 409],
    responses: { 200: { description: 'The approved enrollment', schema: Enrollment } },
  }),
  requireScope('activities:write'),
  params(IdParam),
  async (c) => reply(c, Enrollment, await decideEnrollment({ ctx: serviceContext(c), input: { id: c.req.valid('param').id, decision: 'approved' } })),
);
