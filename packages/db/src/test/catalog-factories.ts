import { newId, type Currency } from '@xuanpin/core';
import type { Database } from '../client';
import { products, skus, stockMoves, type Product, type ProductStatus, type Sku } from '../schema';

/**
 * Catalog test factories: a merchant's product with SKUs, written straight to the database (opening stock
 * recorded as a stock move, as the API does). Codes are unique unless given.
 */
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

export interface SkuSpec {
  code?: string;
  name?: string;
  price?: number;
  currency?: Currency;
  stock?: number;
}

export interface ProductSpec {
  title?: string;
  description?: string;
  category?: string;
  status?: ProductStatus;
  images?: string[];
  skus?: SkuSpec[];
  now?: number;
}

export async function createProduct(db: Database, orgId: string, spec: ProductSpec = {}): Promise<{ product: Product; skus: Sku[] }> {
  const now = spec.now ?? Date.now();
  const product: Product = {
    id: newId('product', now),
    orgId,
    title: spec.title ?? `Test product ${unique()}`,
    description: spec.description ?? '',
    images: spec.images ?? ['https://img.example.test/p.jpg'],
    category: spec.category ?? 'kitchen.tableware',
    status: spec.status ?? 'active',
    productUrl: null,
    defaultCreatorRateBps: 1000,
    samplePolicy: 'free',
    sampleQuantity: 5,
    createdAt: now,
    updatedAt: now,
  };
  await db.insert(products).values(product);
  const rows: Sku[] = [];
  const specs = spec.skus ?? [{}];
  // Ids made in one millisecond sort by their random part: sorted, they keep the SKUs in the order given.
  const ids = specs.map(() => newId('sku', now)).sort();
  for (const [i, s] of specs.entries()) {
    const row: Sku = {
      id: ids[i],
      orgId,
      productId: product.id,
      code: s.code ?? `T-${unique()}`,
      name: s.name ?? 'Standard',
      price: s.price ?? 12800,
      currency: s.currency ?? 'CNY',
      stock: s.stock ?? 10,
      createdAt: now,
      updatedAt: now,
    };
    await db.insert(skus).values(row);
    if (row.stock > 0) {
      await db.insert(stockMoves).values({ id: newId('stockMove', now), orgId, skuId: row.id, delta: row.stock, reason: 'opening stock', stockAfter: row.stock, createdAt: now });
    }
    rows.push(row);
  }
  return { product, skus: rows };
}
