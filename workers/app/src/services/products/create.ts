import { newId, type Currency } from '@xuanpin/core';
import { products, type Product, type Sku } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { CreateProductInput } from '../../schemas/product';
import { runBatch } from '../skus/batch';
import { assertDistinctCodes, codeTaken, commitWithCodes, skusByCode } from '../skus/codes';
import { insertSkus, setStock } from '../skus/write';
import { assertMerchant, orderedIds, productView } from './view';

/** The reason recorded on the stock move of a new SKU's opening stock. */
export const OPENING_STOCK = 'opening stock';

/** Creates a product with its SKUs in one batch; each SKU's opening stock is recorded as a stock move. */
export async function createProduct({ ctx, input }: { ctx: ServiceContext; input: CreateProductInput }) {
  assertMerchant(ctx);
  const { orgId } = ctx.caller;
  const now = ctx.now;
  const codes = input.skus.map((s) => s.code);
  assertDistinctCodes(codes);
  const taken = await skusByCode(ctx.db, orgId, codes);
  const clash = codes.findIndex((c) => taken.has(c));
  if (clash >= 0) throw codeTaken(codes[clash], clash);

  const product: Product = {
    id: newId('product', now),
    orgId,
    title: input.title,
    description: input.description,
    images: input.images,
    category: input.category,
    status: input.status,
    productUrl: input.productUrl ?? null,
    defaultCreatorRateBps: input.defaultCreatorRateBps,
    samplePolicy: input.samplePolicy,
    sampleQuantity: input.sampleQuantity,
    createdAt: now,
    updatedAt: now,
  };
  const ids = orderedIds('sku', now, input.skus.length);
  const skuRows: Sku[] = input.skus.map((s, i) => ({
    id: ids[i],
    orgId,
    productId: product.id,
    code: s.code,
    name: s.name,
    price: s.price,
    currency: s.currency as Currency,
    stock: s.stock,
    createdAt: now,
    updatedAt: now,
  }));
  const opening = skuRows.map((s) => ({ skuId: s.id, stock: s.stock, reason: OPENING_STOCK }));
  await commitWithCodes(ctx.db, orgId, codes.map((code, index) => ({ code, index })), () =>
    runBatch(ctx.db, [ctx.db.insert(products).values(product), insertSkus(ctx.db, orgId, now, skuRows), ...setStock(ctx.db, orgId, now, opening)]),
  );
  return productView(product, skuRows);
}
