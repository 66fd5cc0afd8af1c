import { count, eq } from 'drizzle-orm';
import { products, skus, stockMoves } from '@xuanpin/db';
import { db } from '../../../test/security';

let n = 0;
/** A valid create-product body; SKU codes are unique per call. */
export function productBody(overrides: Record<string, unknown> = {}) {
  const tag = `${Date.now().toString(36)}${(n++).toString(36)}`.toUpperCase();
  return {
    title: 'Arita porcelain tea cup',
    description: 'Hand-painted, 180 ml.',
    images: ['https://img.example.test/cup.jpg'],
    category: 'kitchen.drinkware',
    defaultCreatorRateBps: 1500,
    samplePolicy: 'free',
    sampleQuantity: 3,
    skus: [
      { code: `CUP-${tag}-B`, name: 'Blue', price: 12800, currency: 'CNY', stock: 20 },
      { code: `CUP-${tag}-W`, name: 'White', price: 11800, currency: 'CNY', stock: 0 },
    ],
    ...overrides,
  };
}

/** Products, SKUs and stock moves of an organization: rejected writes must leave all three unchanged. */
export async function catalogCounts(orgId: string) {
  const [p] = await db().select({ n: count() }).from(products).where(eq(products.orgId, orgId));
  const [s] = await db().select({ n: count() }).from(skus).where(eq(skus.orgId, orgId));
  const [m] = await db().select({ n: count() }).from(stockMoves).where(eq(stockMoves.orgId, orgId));
  return { products: p.n, skus: s.n, moves: m.n };
}

export async function movesOf(skuId: string) {
  return db().select().from(stockMoves).where(eq(stockMoves.skuId, skuId));
}
