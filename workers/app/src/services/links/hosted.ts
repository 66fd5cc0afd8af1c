import { asc, eq } from 'drizzle-orm';
import { formatMinor, type Currency } from '@xuanpin/core';
import { links, products, skus, type Database } from '@xuanpin/db';
import { LINK_CODE } from './code';
import { resolveLink } from '../redirect/resolve';

/**
 * What the hosted product page `/p/<code>` shows, or why it cannot: a placeholder until the hosted checkout
 * (issue 5) replaces it. The same rule as the redirect decides whether the offer is still open.
 */
export async function hostedProduct(db: Database, code: string, now: number) {
  if (!LINK_CODE.test(code)) return { kind: 'unknown' as const };
  const target = await resolveLink(db, code, now);
  if (target.kind !== 'redirect') return target.kind === 'ended' ? { kind: 'ended' as const, productTitle: target.productTitle } : { kind: 'unknown' as const };
  const [row] = await db
    .select({ title: products.title, description: products.description, images: products.images })
    .from(links)
    .innerJoin(products, eq(products.id, links.productId))
    .where(eq(links.code, code))
    .limit(1);
  const [cheapest] = await db
    .select({ price: skus.price, currency: skus.currency })
    .from(skus)
    .where(eq(skus.productId, target.facts.productId))
    .orderBy(asc(skus.price))
    .limit(1);
  return {
    kind: 'product' as const,
    title: row.title,
    description: row.description,
    image: row.images[0] ?? null,
    price: cheapest ? `${formatMinor(cheapest.price, cheapest.currency as Currency)} ${cheapest.currency}` : null,
  };
}
