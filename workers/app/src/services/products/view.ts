import { and, asc, eq, inArray } from 'drizzle-orm';
import { newId, type IdKind } from '@xuanpin/core';
import { products, skus, type Database, type Product, type Sku } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError, notFound } from '../../lib/errors';

/** D1 binds at most 100 parameters per statement: `IN (…)` lists are split into slices this long. */
export const IN_SLICE = 90;

export function slices<T>(items: readonly T[], size = IN_SLICE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * `n` new ids made in the same millisecond, in ascending order: ids sort by time, then by their random part, so
 * handing them out in this order keeps SKUs listed in the order the merchant gave them.
 */
export function orderedIds(kind: IdKind, now: number, n: number): string[] {
  return Array.from({ length: n }, () => newId(kind, now)).sort();
}

export const skuView = (s: Sku) => ({
  id: s.id,
  code: s.code,
  name: s.name,
  price: s.price,
  currency: s.currency,
  stock: s.stock,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});

export const productView = (p: Product, its: Sku[]) => ({
  id: p.id,
  title: p.title,
  description: p.description,
  images: p.images,
  category: p.category,
  status: p.status,
  productUrl: p.productUrl,
  defaultCreatorRateBps: p.defaultCreatorRateBps,
  samplePolicy: p.samplePolicy,
  sampleQuantity: p.sampleQuantity,
  skus: its.map(skuView),
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});
export type ProductView = ReturnType<typeof productView>;

/** The SKUs of the given products (of one organization), grouped by product, oldest first. */
export async function skusOf(db: Database, orgId: string, productIds: string[]): Promise<Map<string, Sku[]>> {
  const byProduct = new Map<string, Sku[]>(productIds.map((id) => [id, []]));
  for (const ids of slices(productIds)) {
    const rows = await db
      .select()
      .from(skus)
      .where(and(eq(skus.orgId, orgId), inArray(skus.productId, ids)))
      .orderBy(asc(skus.id));
    for (const s of rows) byProduct.get(s.productId)?.push(s);
  }
  return byProduct;
}

/** The caller's product row; another organization's id is simply not found. */
export async function productRow(ctx: ServiceContext, id: string): Promise<Product> {
  const [row] = await ctx.db
    .select()
    .from(products)
    .where(and(eq(products.id, id), eq(products.orgId, ctx.caller.orgId)));
  if (!row) throw notFound('Product');
  return row;
}

export async function productWithSkus(ctx: ServiceContext, row: Product): Promise<ProductView> {
  const its = await skusOf(ctx.db, ctx.caller.orgId, [row.id]);
  return productView(row, its.get(row.id) ?? []);
}

/** Products belong to merchants: other kinds of organization cannot create them. */
export function assertMerchant(ctx: ServiceContext): void {
  if (ctx.caller.orgKind !== 'merchant') throw new ApiError('forbidden', 'This operation is for merchants.');
}
