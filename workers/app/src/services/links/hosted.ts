import { asc, eq } from 'drizzle-orm';
import { products, skus, type Database, type Sku } from '@xuanpin/db';
import { LINK_CODE } from './code';
import { resolveLink } from '../redirect/resolve';
import type { LinkFacts } from '../redirect/cache';

export type HostedSku = Pick<Sku, 'id' | 'code' | 'name' | 'price' | 'currency' | 'stock'>;

export interface HostedProduct {
  kind: 'product';
  code: string;
  facts: LinkFacts;
  title: string;
  description: string;
  images: string[];
  /** Cheapest first. */
  skus: HostedSku[];
}

export type HostedLookup = HostedProduct | { kind: 'ended'; productTitle: string } | { kind: 'unknown' };

/**
 * What the hosted product page `/p/<code>` shows and sells, or why it cannot: the same rule as the redirect
 * (`resolveLink`, read fresh from D1 — a purchase must not ride a cached "open") decides whether the offer is
 * still open.
 */
export async function hostedProduct(db: Database, code: string, now: number): Promise<HostedLookup> {
  if (!LINK_CODE.test(code)) return { kind: 'unknown' };
  const target = await resolveLink(db, code, now);
  if (target.kind !== 'redirect') return target.kind === 'ended' ? { kind: 'ended', productTitle: target.productTitle } : { kind: 'unknown' };
  const [[product], rows] = await Promise.all([
    db
      .select({ title: products.title, description: products.description, images: products.images })
      .from(products)
      .where(eq(products.id, target.facts.productId))
      .limit(1),
    db
      .select({ id: skus.id, code: skus.code, name: skus.name, price: skus.price, currency: skus.currency, stock: skus.stock })
      .from(skus)
      .where(eq(skus.productId, target.facts.productId))
      .orderBy(asc(skus.price), asc(skus.id)),
  ]);
  if (!product) return { kind: 'unknown' };
  return { kind: 'product', code, facts: target.facts, title: product.title, description: product.description, images: product.images, skus: rows };
}
