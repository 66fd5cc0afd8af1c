import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Enrollment, RejectBody } from '../../schemas/enrollment';
import { decideEnrollment } from '../../services/enrollments/decide';

/** The provider rejects an application, with a reason the merchant sees. */
export const route = new Hono<AppEnv>().post(
  '/v1/enrollments/:id/reject',
  doc({
    operationId: 'rejectEnrollment',
    summary: 'Reject an application',
    description: 'Providers, for applications to their activities. Only from `applied`; a second decision is 409. The merchant may apply again.',
    tags: ['Enrollments'],
    auth: 'key',
    scope: 'activities:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 200: { description: 'The rejected enrollment', schema: Enrollment } },
  }),
  requireScope('activities:write'),
  params(IdParam),
  jsonBody(RejectBody),
  async (c) =>
    reply(c, Enrollment, await decideEnrollment({ ctx: serviceContext(c), input: { id: c.req.valid('param').id, decision: 'rejected', reason: c.req.valid('json').reason } })),
);
