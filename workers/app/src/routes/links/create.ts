import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { CreateLinkBody, Link } from '../../schemas/link';
import { createLink } from '../../services/links/create';

/** A creator's promo link for an offer: made once, then the same link on every ask. */
export const route = new Hono<AppEnv>().post(
  '/v1/links',
  doc({
    operationId: 'createLink',
    summary: 'Get or create a promo link',
    description:
      'For creators. One link per (offer, `subId`): 201 with a new link, or 200 with the link you already have (also ' +
      'when two requests race). 404 when the offer is not open to you. 409 (naming `destination`) when the link ' +
      'exists with another destination, or `merchant` is asked for a product without its own page. Share ' +
      '`shortUrl`; its QR code is at `qrUrl`.',
    tags: ['Links'],
    auth: 'key',
    scope: 'links:write',
    errors: [400, 404, 409, 413, 415],
    responses: {
      200: { description: 'Your existing link for this offer and sub-id', schema: Link },
      201: { description: 'A new link', schema: Link },
    },
  }),
  requireScope('links:write'),
  jsonBody(CreateLinkBody),
  async (c) => {
    const { link, created } = await createLink({ ctx: serviceContext(c), input: { ...c.req.valid('json'), origin: new URL(c.req.url).origin } });
    return created ? reply(c, Link, link, 201) : reply(c, Link, link, 200);
  },
);
