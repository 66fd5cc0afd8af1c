import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { Activity } from '../../schemas/activity';
import { IdParam } from '../../schemas/common';
import { closeActivity } from '../../services/activities/close';

/** Closes an activity; its applied and approved offers end. */
export const route = new Hono<AppEnv>().post(
  '/v1/activities/:id/close',
  doc({
    operationId: 'closeActivity',
    summary: 'Close an activity',
    description: 'For good: its applied and approved enrollments become `ended` and creators stop seeing them. Closing twice is 409.',
    tags: ['Activities'],
    auth: 'key',
    scope: 'activities:write',
    errors: [404, 409],
    responses: { 200: { description: 'The closed activity', schema: Activity } },
  }),
  requireScope('activities:write'),
  params(IdParam),
  async (c) => reply(c, Activity, await closeActivity({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
