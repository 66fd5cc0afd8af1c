import * as v from 'valibot';

/**
 * What our Checkout Sessions carry in `metadata` (Stripe keeps strings only), so the webhook knows what a paid
 * session was for without a lookup: a hosted-page order or a merchant's top-up. Written by start.ts / top-up.ts,
 * read back by webhook.ts; anything else (sessions made by other software on the same Stripe account) is ignored.
 */
export const OrderMetadata = v.object({
  kind: v.literal('order'),
  linkCode: v.string(),
  offerId: v.string(),
  merchantOrgId: v.string(),
  skuId: v.string(),
  quantity: v.pipe(v.string(), v.regex(/^[1-9]\d{0,5}$/), v.transform(Number)),
});
export type OrderMetadata = v.InferOutput<typeof OrderMetadata>;

export const TopUpMetadata = v.object({
  kind: v.literal('top_up'),
  merchantOrgId: v.string(),
});
export type TopUpMetadata = v.InferOutput<typeof TopUpMetadata>;

const SessionMetadata = v.variant('kind', [OrderMetadata, TopUpMetadata]);

/** The session's purpose, or null when it is not one of ours. */
export function sessionPurpose(metadata: Record<string, string> | null | undefined): OrderMetadata | TopUpMetadata | null {
  const parsed = v.safeParse(SessionMetadata, metadata ?? {});
  return parsed.success ? parsed.output : null;
}

export function orderMetadata(m: Omit<OrderMetadata, 'kind' | 'quantity'> & { quantity: number }): Record<string, string> {
  return { kind: 'order', linkCode: m.linkCode, offerId: m.offerId, merchantOrgId: m.merchantOrgId, skuId: m.skuId, quantity: String(m.quantity) };
}

export function topUpMetadata(merchantOrgId: string): Record<string, string> {
  return { kind: 'top_up', merchantOrgId };
}

/** Stripe's currency codes are lower-case; ours are ISO 4217 upper-case. */
export const toStripeCurrency = (currency: string) => currency.toLowerCase();
export const fromStripeCurrency = (currency: string) => currency.toUpperCase();

/** A click id as the redirect makes them (`clk_` + 26 Crockford characters); anything else is dropped. */
export const CLICK_ID = /^clk_[0-9A-Z]{26}$/;
export const cleanClickId = (value: unknown): string | null => (typeof value === 'string' && CLICK_ID.test(value) ? value : null);
