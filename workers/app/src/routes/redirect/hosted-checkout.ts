import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../../env';
import { ApiError } from '../../lib/errors';
import { stripeClient } from '../../lib/stripe';
import { limitBody } from '../../middleware/body-limit';
import { hostedProduct } from '../../services/links/hosted';
import { page, pickLang } from '../../services/redirect/pages';
import { productPage } from '../../services/checkout/page';
import { checkChoice, createOrderSession } from '../../services/checkout/start';
import { cleanClickId } from '../../services/checkout/metadata';

/**
 * `POST /p/<code>/checkout` (the hosted page's Buy form): checks the SKU (the link's product's, in stock) and the
 * quantity (1..stock), creates a Stripe Checkout Session and answers 303 to it. Bad input: the product page again,
 * 400, naming the field. The offer is re-checked here (fresh, not the redirect's cache): an ended offer sells nothing.
 * Public HTML form, not part of the API document.
 */
export const route = new Hono<AppEnv>().post('/p/:code/checkout', limitBody(16 * 1024), async (c) => {
  const { db, clock, env, logger } = c.var.services;
  const origin = new URL(c.req.url).origin;
  const sentFrom = c.req.header('origin');
  // A form posted from another site must not start purchases in the buyer's name.
  if (sentFrom && sentFrom !== 'null' && sentFrom !== origin) throw new ApiError('csrf_failed', 'Cross-origin form refused.');
  const now = clock.now();
  const found = await hostedProduct(db, c.req.param('code'), now);
  if (found.kind === 'ended') return page('ended', c.req.raw, { product: found.productTitle });
  if (found.kind === 'unknown') return page('unknown', c.req.raw);
  const form = await c.req.parseBody();
  const clickId = cleanClickId(form.xp_click) ?? cleanClickId(getCookie(c, 'xp_click'));
  const choice = checkChoice(found, form);
  if (!choice.ok) {
    const chosen = { sku: typeof form.sku === 'string' ? form.sku : undefined, quantity: typeof form.quantity === 'string' ? form.quantity : undefined };
    return productPage(c.req.raw, found, { clickId, error: choice, chosen });
  }
  const stripe = await stripeClient(env);
  try {
    const session = await createOrderSession(stripe, { product: found, sku: choice.sku, quantity: choice.quantity, clickId, origin, lang: pickLang(c.req.header('accept-language') ?? null), now });
    return c.redirect(session.url, 303);
  } catch (err) {
    // Stripe unreachable or refusing: the buyer gets the friendly "try again" page (503), the log gets the cause.
    logger.error('checkout session not created', { code: found.code, error: err instanceof Error ? err.message : String(err) });
    return page('unavailable', c.req.raw);
  }
});
