import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import { products, skus, type Database, type Product, type Sku } from '@xuanpin/db';
import { slices } from '../products/view';
import { skusByCode } from '../skus/codes';

/** A product as a chunk sees it: as stored, and as the chunk's rows have changed it so far. */
export interface ProductState {
  original: Product | null;
  next: Product;
  skuCount: number;
}

/**
 * What a chunk needs to know about the catalog, in a handful of reads (each `IN` list within D1's 100
 * parameters): the SKUs with the chunk's codes, their products, the products that the chunk's new codes would
 * join (the oldest product that is not archived with each title), and how many SKUs those products have.
 */
export async function loadState(db: Database, orgId: string, codes: string[], titles: string[]) {
  const existing = await skusByCode(db, orgId, codes);
  const productIds = new Set([...existing.values()].map((s: Sku) => s.productId));
  const rows: Product[] = [];
  for (const ids of slices([...productIds])) {
    rows.push(...(await db.select().from(products).where(and(eq(products.orgId, orgId), inArray(products.id, ids)))));
  }
  const byTitle = new Map<string, string>();
  for (const part of slices([...new Set(titles)])) {
    const found = await db
      .select()
      .from(products)
      .where(and(eq(products.orgId, orgId), inArray(products.title, part), ne(products.status, 'archived')))
      .orderBy(asc(products.id));
    for (const p of found) {
      if (!byTitle.has(p.title)) byTitle.set(p.title, p.id);
      if (!productIds.has(p.id)) rows.push(p);
      productIds.add(p.id);
    }
  }
  const counts = new Map<string, number>();
  for (const ids of slices([...productIds])) {
    const found = await db
      .select({ productId: skus.productId, n: count() })
      .from(skus)
      .where(and(eq(skus.orgId, orgId), inArray(skus.productId, ids)))
      .groupBy(skus.productId);
    for (const c of found) counts.set(c.productId, c.n);
  }
  const state = new Map<string, ProductState>(rows.map((p) => [p.id, { original: p, next: { ...p }, skuCount: counts.get(p.id) ?? 0 }]));
  return { existing, state, byTitle };
}
