import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { linkQrSvg } from '../../services/links/qr';

/** The QR code of a link's short URL. */
export const route = new Hono<AppEnv>().get(
  '/v1/links/:id/qr.svg',
  doc({
    operationId: 'getLinkQr',
    summary: 'Get a link’s QR code (SVG)',
    description: 'The QR code of `shortUrl`, as an SVG image that scales to any size (error correction M, quiet zone included).',
    tags: ['Links'],
    auth: 'key',
    scope: 'links:read',
    errors: [404],
    responses: { 200: { description: 'The QR code (`image/svg+xml`)' } },
  }),
  requireScope('links:read'),
  params(IdParam),
  async (c) => {
    const svg = await linkQrSvg({ ctx: serviceContext(c), input: { ...c.req.valid('param'), origin: new URL(c.req.url).origin } });
    return c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'private, max-age=86400' });
  },
);
