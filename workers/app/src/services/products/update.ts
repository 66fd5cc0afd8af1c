import { and, eq, ne } from 'drizzle-orm';
import type { Currency } from '@xuanpin/core';
import { products, type Product, type Sku } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import type { UpdateProductInput } from '../../schemas/product';
import { runBatch, type Write } from '../skus/batch';
import { assertDistinctCodes, codeTaken, commitWithCodes, skusByCode } from '../skus/codes';
import { insertSkus, setStock, updateSkus, type NewSkuRow } from '../skus/write';
import { OPENING_STOCK } from './create';
import { orderedIds, productRow, productWithSkus, skusOf } from './view';

const archivedIsFinal = () => new ApiError('conflict', '`status`: the product is archived; archived products cannot change.', { path: 'status' });
const invalid = (path: string, message: string) => new ApiError('validation_failed', `\`${path}\`: ${message}`, { path });

/** Sorts the SKU changes of an update into updates of existing SKUs and new SKUs, refusing what may not change. */
async function planSkus(ctx: ServiceContext, product: Product, changes: NonNullable<UpdateProductInput['skus']>) {
  assertDistinctCodes(changes.map((c) => c.code));
  const existing = await skusByCode(ctx.db, ctx.caller.orgId, changes.map((c) => c.code));
  const updates: { id: string; name: string; price: number }[] = [];
  const created: (NewSkuRow & { stock: number; index: number })[] = [];
  const ids = orderedIds('sku', ctx.now, changes.length);
  changes.forEach((c, i) => {
    const sku: Sku | undefined = existing.get(c.code);
    if (sku && sku.productId !== product.id) throw codeTaken(c.code, i);
    if (sku) {
      if (c.stock !== undefined) throw invalid(`skus.${i}.stock`, 'stock changes only through POST /v1/skus/{id}/stock-adjustments.');
      if (c.currency !== undefined && c.currency !== sku.currency) {
        throw invalid(`skus.${i}.currency`, `cannot change (this SKU is priced in ${sku.currency}); add a SKU with a new code instead.`);
      }
      const next = { id: sku.id, name: c.name ?? sku.name, price: c.price ?? sku.price };
      if (next.name !== sku.name || next.price !== sku.price) updates.push(next);
      return;
    }
    for (const field of ['name', 'price', 'currency'] as const) {
      if (c[field] === undefined) throw invalid(`skus.${i}.${field}`, 'is required for a new SKU.');
    }
    created.push({ id: ids[i], productId: product.id, code: c.code, name: c.name!, price: c.price!, currency: c.currency as Currency, stock: c.stock ?? 0, index: i });
  });
  if (created.length) {
    const count = (await skusOf(ctx.db, ctx.caller.orgId, [product.id])).get(product.id)?.length ?? 0;
    if (count + created.length > 100) throw invalid('skus', `a product has at most 100 SKUs (it has ${count}).`);
  }
  return { updates, created };
}

/**
 * Changes a product's fields and its SKUs (matched by code: existing ones may change name and price, new codes
 * are added). Stock never changes here. Archived is final. The product row is updated on the condition that it
 * is still not archived, and the SKU writes carry the same condition, so a concurrent archive wins cleanly.
 */
export async function updateProduct({ ctx, input }: { ctx: ServiceContext; input: { id: string; changes: UpdateProductInput } }) {
  const { orgId } = ctx.caller;
  const current = await productRow(ctx, input.id);
  if (current.status === 'archived') throw archivedIsFinal();
  const { skus: skuChanges, ...fields } = input.changes;
  const plan = skuChanges ? await planSkus(ctx, current, skuChanges) : { updates: [], created: [] };

  const writes: Write[] = [
    ctx.db
      .update(products)
      .set({ ...fields, updatedAt: ctx.now })
      .where(and(eq(products.id, current.id), eq(products.orgId, orgId), ne(products.status, 'archived')))
      .returning(),
  ];
  if (plan.updates.length) writes.push(updateSkus(ctx.db, orgId, ctx.now, plan.updates));
  if (plan.created.length) {
    writes.push(insertSkus(ctx.db, orgId, ctx.now, plan.created));
    writes.push(...setStock(ctx.db, orgId, ctx.now, plan.created.map((s) => ({ skuId: s.id, stock: s.stock, reason: OPENING_STOCK }))));
  }
  const fresh = plan.created.map((s) => ({ code: s.code, index: s.index }));
  const [updated] = (await commitWithCodes(ctx.db, orgId, fresh, () => runBatch(ctx.db, writes)))[0] as Product[];
  if (!updated) throw archivedIsFinal();
  return productWithSkus(ctx, updated);
}
