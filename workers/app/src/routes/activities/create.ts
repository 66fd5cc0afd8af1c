import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { Activity, CreateActivityBody } from '../../schemas/activity';
import { createActivity } from '../../services/activities/create';

/** A provider creates an activity (selection pool) with its terms. */
export const route = new Hono<AppEnv>().post(
  '/v1/activities',
  doc({
    operationId: 'createActivity',
    summary: 'Create an activity',
    description:
      'Providers only. Rates are bounded per plan (creator ≤ 5000 bps, ≤ 8000 on targeted plans; fee ≤ 4000; together ≤ 9000). ' +
      '`endsAt` after `startsAt`; exclusive plans need `exclusiveUntil` after `startsAt`; targeted plans name creator ' +
      'organizations in `targetCreatorIds`. Starts as `draft` unless `status` is `open`.',
    tags: ['Activities'],
    auth: 'key',
    scope: 'activities:write',
    errors: [400, 413, 415],
    responses: { 201: { description: 'The activity', schema: Activity } },
  }),
  requireScope('activities:write'),
  jsonBody(CreateActivityBody),
  async (c) => reply(c, Activity, await createActivity({ ctx: serviceContext(c), input: c.req.valid('json') }), 201),
);
