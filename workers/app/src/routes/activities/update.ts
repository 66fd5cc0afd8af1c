import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { Activity, UpdateActivityBody } from '../../schemas/activity';
import { IdParam } from '../../schemas/common';
import { updateActivity } from '../../services/activities/update';

/** Changes an activity's terms; existing offers keep their rate versions. */
export const route = new Hono<AppEnv>().patch(
  '/v1/activities/:id',
  doc({
    operationId: 'updateActivity',
    summary: 'Update an activity',
    description:
      'Any field of the create body; the result is checked as a whole, like a create. `targetCreatorIds` replaces the list. ' +
      "A draft may be opened; an open activity cannot return to draft (409); a closed one cannot change (409). Offers' " +
      'committed rate versions are never rewritten.',
    tags: ['Activities'],
    auth: 'key',
    scope: 'activities:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 200: { description: 'The activity', schema: Activity } },
  }),
  requireScope('activities:write'),
  params(IdParam),
  jsonBody(UpdateActivityBody),
  async (c) =>
    reply(c, Activity, await updateActivity({ ctx: serviceContext(c), input: { id: c.req.valid('param').id, patch: c.req.valid('json') } })),
);
