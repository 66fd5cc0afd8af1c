import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { hostedProduct } from '../../services/links/hosted';
import { page } from '../../services/redirect/pages';
import { thanksPage } from '../../services/checkout/page';

/**
 * `/p/<code>/thanks`: where Stripe Checkout returns the buyer after paying. It only thanks: the order is recorded
 * by the webhook (`POST /webhooks/stripe`), never from this page, which anyone can open.
 */
export const route = new Hono<AppEnv>().get('/p/:code/thanks', async (c) => {
  const { db, clock } = c.var.services;
  const found = await hostedProduct(db, c.req.param('code'), clock.now());
  if (found.kind === 'unknown') return page('unknown', c.req.raw);
  return thanksPage(c.req.raw, c.req.param('code'), found.kind === 'product' ? found.title : found.productTitle);
});
