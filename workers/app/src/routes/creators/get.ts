import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { CreatorDetail } from '../../schemas/creator';
import { getCreator } from '../../services/creators/get';

const OrgParam = v.object({ orgId: v.pipe(v.string(), v.maxLength(64)) });

/** One creator's public profile, for providers and merchants. */
export const route = new Hono<AppEnv>().get(
  '/v1/creators/:orgId',
  doc({
    operationId: 'getCreator',
    summary: 'Get a creator',
    description:
      'For providers and merchants. A listed profile, or an unlisted one of a creator on your roster (providers, ' +
      'any status but removed) or who requested samples of your products (merchants); otherwise 404. Shows the ' +
      'sample fulfilment rate and, for providers, your roster status.',
    tags: ['Creators'],
    auth: 'key',
    scope: 'creators:read',
    errors: [404],
    responses: { 200: { description: 'The creator', schema: CreatorDetail } },
  }),
  requireScope('creators:read'),
  params(OrgParam),
  async (c) => reply(c, CreatorDetail, await getCreator({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
