import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { CreatorProfile, CreatorProfileBody } from '../../schemas/creator';
import { putOwnProfile } from '../../services/creators/put-own';

/** Creates or replaces the calling creator's profile. */
export const route = new Hono<AppEnv>().put(
  '/v1/creator-profile',
  doc({
    operationId: 'putCreatorProfile',
    summary: 'Save my creator profile',
    description:
      'For creator organizations. Replaces the whole profile. Up to 10 handles, one per platform; totals ' +
      '(followers, follower-weighted average views and engagement) are derived from them. `listed: false` hides the ' +
      'profile from the directory; providers with you on their roster still see it.',
    tags: ['Creators'],
    auth: 'key',
    scope: 'creators:write',
    errors: [400, 413, 415],
    responses: { 200: { description: 'The saved profile', schema: CreatorProfile } },
  }),
  requireScope('creators:write'),
  jsonBody(CreatorProfileBody),
  async (c) => reply(c, CreatorProfile, await putOwnProfile({ ctx: serviceContext(c), input: c.req.valid('json') })),
);
