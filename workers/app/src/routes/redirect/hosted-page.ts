import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../../env';
import { hostedProduct } from '../../services/links/hosted';
import { page } from '../../services/redirect/pages';
import { productPage } from '../../services/checkout/page';
import { cleanClickId } from '../../services/checkout/metadata';

/**
 * `/p/<code>`: the hosted product page `hosted` links lead to — the product in the buyer's language, its SKUs and a
 * Buy button (a form POST to `/p/<code>/checkout`). The click id comes from `?xp_click=` (the redirect adds it) or
 * the `xp_click` cookie. Public HTML, not part of the API document. Unknown code: 404 page; ended offer: 410 page.
 */
export const route = new Hono<AppEnv>().get('/p/:code', async (c) => {
  const { db, clock } = c.var.services;
  const found = await hostedProduct(db, c.req.param('code'), clock.now());
  if (found.kind === 'ended') return page('ended', c.req.raw, { product: found.productTitle });
  if (found.kind === 'unknown') return page('unknown', c.req.raw);
  return productPage(c.req.raw, found, { clickId: cleanClickId(c.req.query('xp_click')) ?? cleanClickId(getCookie(c, 'xp_click')) });
});
