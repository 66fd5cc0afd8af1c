import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { BulkLinksBody, BulkLinksResponse } from '../../schemas/link';
import { bulkCreateLinks } from '../../services/links/bulk';

/** Links for up to 200 offers in one call: a buyer's live-stream run sheet. */
export const route = new Hono<AppEnv>().post(
  '/v1/links/bulk',
  doc({
    operationId: 'bulkCreateLinks',
    summary: 'Get or create links for many offers',
    description:
      'For creators. Up to 200 offer ids, one `subId` (e.g. the live-stream slot) for all. Answers 200 with one ' +
      'result per id in your order — `created`, `existing` (with `link`) or `failed` (with `error.code` `not_found` ' +
      'for an offer not open to you, `conflict` as for the single create): one bad id never fails the others. ' +
      'Download them with GET /v1/links.csv?subId=….',
    tags: ['Links'],
    auth: 'key',
    scope: 'links:write',
    errors: [400, 413, 415],
    responses: { 200: { description: 'One result per requested offer id', schema: BulkLinksResponse } },
  }),
  requireScope('links:write'),
  jsonBody(BulkLinksBody),
  async (c) =>
    reply(c, BulkLinksResponse, await bulkCreateLinks({ ctx: serviceContext(c), input: { ...c.req.valid('json'), origin: new URL(c.req.url).origin } })),
);
