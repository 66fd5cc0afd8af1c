import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { Activity } from '../../schemas/activity';
import { IdParam } from '../../schemas/common';
import { getActivity } from '../../services/activities/get';

/** One of the provider's own activities. */
export const route = new Hono<AppEnv>().get(
  '/v1/activities/:id',
  doc({
    operationId: 'getActivity',
    summary: 'Get an activity',
    tags: ['Activities'],
    auth: 'key',
    scope: 'activities:read',
    errors: [404],
    responses: { 200: { description: 'The activity', schema: Activity } },
  }),
  requireScope('activities:read'),
  params(IdParam),
  async (c) => reply(c, Activity, await getActivity({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
