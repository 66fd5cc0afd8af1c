import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Enrollment } from '../../schemas/enrollment';
import { withdrawEnrollment } from '../../services/enrollments/withdraw';

/** The merchant withdraws its product from an activity. */
export const route = new Hono<AppEnv>().post(
  '/v1/enrollments/:id/withdraw',
  doc({
    operationId: 'withdrawEnrollment',
    summary: 'Withdraw an application or offer',
    description: 'Merchants, for their own enrollments, from `applied` or `approved` (else 409). Applying again reopens it.',
    tags: ['Enrollments'],
    auth: 'key',
    scope: 'catalog:write',
    errors: [404, 409],
    responses: { 200: { description: 'The withdrawn enrollment', schema: Enrollment } },
  }),
  requireScope('catalog:write'),
  params(IdParam),
  async (c) => reply(c, Enrollment, await withdrawEnrollment({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
