import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { ChangeRatesBody, Enrollment } from '../../schemas/enrollment';
import { changeRates } from '../../services/enrollments/rates';

/** The merchant changes an offer's rates: a new version with its effective time. */
export const route = new Hono<AppEnv>().post(
  '/v1/enrollments/:id/rates',
  doc({
    operationId: 'changeEnrollmentRates',
    summary: "Change an offer's rates",
    description:
      'Merchants, for applied or approved enrollments. Adds a version (never edits one): compared with the terms in ' +
      'force now, a raise takes effect at once, a cut (of either rate) no earlier than the next UTC midnight; a later ' +
      "`effectiveAt` is honoured. Same bounds as applying. Two concurrent changes: one wins, the other is 409.",
    tags: ['Enrollments'],
    auth: 'key',
    scope: 'catalog:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 201: { description: 'The enrollment with the new version', schema: Enrollment } },
  }),
  requireScope('catalog:write'),
  params(IdParam),
  jsonBody(ChangeRatesBody),
  async (c) => reply(c, Enrollment, await changeRates({ ctx: serviceContext(c), input: { ...c.req.valid('json'), id: c.req.valid('param').id } }), 201),
);
