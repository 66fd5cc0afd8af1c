import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { CreatorProfile } from '../../schemas/creator';
import { getOwnProfile } from '../../services/creators/get-own';

/** The calling creator's own profile. */
export const route = new Hono<AppEnv>().get(
  '/v1/creator-profile',
  doc({
    operationId: 'getCreatorProfile',
    summary: 'Get my creator profile',
    description: 'For creator organizations. 404 until the profile has been saved once with PUT.',
    tags: ['Creators'],
    auth: 'key',
    scope: 'creators:read',
    errors: [404],
    responses: { 200: { description: 'The profile, with derived tier, engagement and fulfilment rates', schema: CreatorProfile } },
  }),
  requireScope('creators:read'),
  async (c) => reply(c, CreatorProfile, await getOwnProfile({ ctx: serviceContext(c) })),
);
