import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { ActivityListQuery, ActivityPage } from '../../schemas/activity';
import { listActivities } from '../../services/activities/list';

/** The provider's own activities, newest first. */
export const route = new Hono<AppEnv>().get(
  '/v1/activities',
  doc({
    operationId: 'listActivities',
    summary: 'List your activities',
    description: 'Providers only. Filter with `status`.',
    tags: ['Activities'],
    auth: 'key',
    scope: 'activities:read',
    errors: [400],
    responses: { 200: { description: 'A page of activities', schema: ActivityPage } },
  }),
  requireScope('activities:read'),
  query(ActivityListQuery),
  async (c) => reply(c, ActivityPage, await listActivities({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
