import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { CreatorPage, DirectoryQuery } from '../../schemas/creator';
import { searchCreators } from '../../services/creators/directory';

/** The creator directory providers search. */
export const route = new Hono<AppEnv>().get(
  '/v1/creators',
  doc({
    operationId: 'listCreators',
    summary: 'Search the creator directory',
    description:
      'For provider organizations. Listed profiles only, public fields only. Filters: `tier`, `category` (a parent ' +
      'finds its children), `platform`, `format`, `minFollowers`, `maxFollowers`, `q` (display name or tag). ' +
      '`sort=followers` (default) or `engagement` (engagement rate), descending; page with `cursor`.',
    tags: ['Creators'],
    auth: 'key',
    scope: 'creators:read',
    errors: [400],
    responses: { 200: { description: 'A page of creators', schema: CreatorPage } },
  }),
  requireScope('creators:read'),
  query(DirectoryQuery),
  async (c) => reply(c, CreatorPage, await searchCreators({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
