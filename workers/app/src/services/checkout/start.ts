import type { Stripe } from '../../lib/stripe';
import type { Lang } from '../redirect/pages';
import type { HostedProduct, HostedSku } from '../links/hosted';
import { orderMetadata, toStripeCurrency } from './metadata';

/** The most a buyer takes in one checkout (and the most the quantity field accepts), whatever the stock. */
export const MAX_QUANTITY = 99;

export type Choice = { ok: true; sku: HostedSku; quantity: number } | { ok: false; field: 'sku' | 'quantity'; problem: 'unknown' | 'sold_out' | 'range'; max?: number };

/** The buyer's form: a SKU of the link's product that is in stock, and a whole quantity from 1 to its stock. */
export function checkChoice(product: HostedProduct, form: { sku?: unknown; quantity?: unknown }): Choice {
  const sku = product.skus.find((s) => s.id === form.sku);
  if (!sku) return { ok: false, field: 'sku', problem: 'unknown' };
  if (sku.stock <= 0) return { ok: false, field: 'sku', problem: 'sold_out' };
  const max = Math.min(sku.stock, MAX_QUANTITY);
  const text = typeof form.quantity === 'string' ? form.quantity.trim() : '';
  const quantity = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!(quantity >= 1 && quantity <= max)) return { ok: false, field: 'quantity', problem: 'range', max };
  return { ok: true, sku, quantity };
}

const STRIPE_LOCALE: Record<Lang, 'en' | 'ja' | 'zh'> = { en: 'en', ja: 'ja', 'zh-CN': 'zh' };
const TEN_MINUTES = 600_000;

/**
 * A Stripe Checkout Session for one SKU of the link's product: the line from the SKU's own price, the click id as
 * `client_reference_id` (attribution happens when the webhook records the order), the offer in metadata. The
 * idempotency key is the buyer's choice within a ten-minute bucket: a double-click on Buy gets the same session,
 * a buyer coming back later a fresh one (sessions live 60–70 minutes, so a replayed one is still open).
 */
export async function createOrderSession(
  stripe: Stripe,
  o: { product: HostedProduct; sku: HostedSku; quantity: number; clickId: string | null; origin: string; lang: Lang; now: number },
): Promise<{ id: string; url: string }> {
  const { product, sku, quantity, clickId } = o;
  const metadata = orderMetadata({ linkCode: product.code, offerId: product.facts.offerId, merchantOrgId: product.facts.merchantOrgId, skuId: sku.id, quantity });
  const back = `${o.origin}/p/${product.code}`;
  const image = product.images.find((i) => i.startsWith('https://'));
  const bucket = Math.floor(o.now / TEN_MINUTES);
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'payment',
      line_items: [
        {
          quantity,
          price_data: {
            currency: toStripeCurrency(sku.currency),
            unit_amount: sku.price,
            product_data: { name: `${product.title} · ${sku.name}`, metadata: { skuId: sku.id }, ...(image ? { images: [image] } : {}) },
          },
        },
      ],
      ...(clickId ? { client_reference_id: clickId } : {}),
      metadata,
      payment_intent_data: { metadata },
      success_url: `${back}/thanks?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: clickId ? `${back}?xp_click=${clickId}` : back,
      // From the bucket, not the clock: a replay within the bucket must send the very same parameters.
      expires_at: ((bucket + 1) * TEN_MINUTES) / 1000 + 3600,
      locale: STRIPE_LOCALE[o.lang],
    },
    { idempotencyKey: `xp-checkout:${product.code}:${clickId ?? '-'}:${sku.id}:${sku.price}:${quantity}:${bucket}` },
  );
  if (!session.url) throw new Error(`Stripe answered checkout session ${session.id} without a url`);
  return { id: session.id, url: session.url };
}
