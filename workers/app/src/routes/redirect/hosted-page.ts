import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { hostedProduct } from '../../services/links/hosted';
import { page, productPage } from '../../services/redirect/pages';

/**
 * `/p/<code>`: where `hosted` links lead — a plain product page for now; the hosted checkout (issue 5) replaces
 * it. Public HTML, not part of the API document. Unknown code: 404 page; ended offer: 410 page.
 */
export const route = new Hono<AppEnv>().get('/p/:code', async (c) => {
  const { db, clock } = c.var.services;
  const found = await hostedProduct(db, c.req.param('code'), clock.now());
  if (found.kind === 'product') return productPage(c.req.raw, found);
  return found.kind === 'ended' ? page('ended', c.req.raw, { product: found.productTitle }) : page('unknown', c.req.raw);
});
