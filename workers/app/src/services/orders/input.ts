import { sha256Hex } from '@xuanpin/core';
import type { OrderSource } from '@xuanpin/db';

/** One order as any door hands it to the pipeline (postback JSON, a CSV row group, a Stripe Checkout Session). */
export interface OrderInput {
  externalId: string;
  clickId?: string | null;
  currency: string;
  placedAt: number;
  /** The buyer's e-mail or own id, hashed before it is stored (self-purchase and brushing rules). */
  buyer?: string | null;
  lines: OrderLineInput[];
}

export interface OrderLineInput {
  /** Our SKU id (`sku_…`) or the merchant's SKU code. */
  sku: string;
  quantity: number;
  /** Integer minor units of the order's currency. */
  unitPrice: number;
  discount?: number;
}

export interface RecordContext {
  merchantOrgId: string;
  source: OrderSource;
  now: number;
  /** For hosted checkout: the Stripe objects the order came from. */
  stripe?: { sessionId: string; paymentIntentId: string | null };
}

/** The buyer's identity as stored: SHA-256 of the trimmed, lower-cased value. */
export const buyerHash = (buyer: string | null | undefined) => (buyer && buyer.trim() ? sha256Hex(`buyer:${buyer.trim().toLowerCase()}`) : Promise.resolve(null));

/** What makes two sends of one external order id "the same": everything the merchant sent, in a fixed order. */
export function contentHash(input: OrderInput): Promise<string> {
  const canonical = {
    externalId: input.externalId,
    clickId: input.clickId ?? null,
    currency: input.currency,
    placedAt: input.placedAt,
    buyer: input.buyer?.trim().toLowerCase() ?? null,
    lines: input.lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.discount ?? 0]),
  };
  return sha256Hex(JSON.stringify(canonical));
}
