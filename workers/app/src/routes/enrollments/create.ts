import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { ApplyBody, Enrollment } from '../../schemas/enrollment';
import { applyToActivity } from '../../services/enrollments/apply';

/** A merchant applies with a product to an activity: an offer at committed rates, version 1. */
export const route = new Hono<AppEnv>().post(
  '/v1/enrollments',
  doc({
    operationId: 'applyToActivity',
    summary: 'Apply to an activity',
    description:
      'Merchants only. The product must be yours, active, and in one of the activity\'s categories (an activity for ' +
      '`kitchen` takes `kitchen.tableware`). `creatorRateBps` ≥ the activity\'s minimum, `serviceFeeBps` (default the ' +
      "activity's) ≥ its fee, both within the plan's bounds. Re-applying after a withdrawal or rejection reopens the " +
      'same enrollment with a new rate version. A closed or ended activity, or a product already applied/approved, is 409.',
    tags: ['Enrollments'],
    auth: 'key',
    scope: 'catalog:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 201: { description: 'The enrollment, status `applied`', schema: Enrollment } },
  }),
  requireScope('catalog:write'),
  jsonBody(ApplyBody),
  async (c) => reply(c, Enrollment, await applyToActivity({ ctx: serviceContext(c), input: c.req.valid('json') }), 201),
);
