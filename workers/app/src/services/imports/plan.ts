import type { Database, Product, RejectedRow } from '@xuanpin/db';
import { orderedIds } from '../products/view';
import type { NewSkuRow } from '../skus/write';
import { MAX_SKUS } from './columns';
import type { PreparedRow } from './prepare';
import { checkRow, type ImportRow } from './row';
import { loadState, type ProductState } from './state';

export interface ChunkPlan {
  newProducts: Product[];
  changedProducts: Product[];
  newSkus: NewSkuRow[];
  skuUpdates: { id: string; name: string; price: number }[];
  stock: { skuId: string; stock: number; reason: string }[];
  counts: { created: number; updated: number; unchanged: number; rejected: number };
  rejected: RejectedRow[];
}

/** The product's fields as the row sets them (see `ImportRow` for what keeps the current value). */
function applyRow(p: Product, r: ImportRow, now: number): Product {
  return {
    ...p,
    category: r.category,
    status: r.status ?? p.status,
    description: r.description ?? p.description,
    images: r.images ?? p.images,
    productUrl: r.productUrl === undefined ? p.productUrl : r.productUrl,
    defaultCreatorRateBps: r.defaultCreatorRateBps ?? p.defaultCreatorRateBps,
    samplePolicy: r.samplePolicy ?? p.samplePolicy,
    sampleQuantity: r.sampleQuantity ?? p.sampleQuantity,
    updatedAt: now,
  };
}

const FIELDS = ['category', 'status', 'description', 'productUrl', 'defaultCreatorRateBps', 'samplePolicy', 'sampleQuantity'] as const;
const sameProduct = (a: Product, b: Product) => FIELDS.every((f) => a[f] === b[f]) && JSON.stringify(a.images) === JSON.stringify(b.images);

const freshProduct = (id: string, orgId: string, r: ImportRow, now: number): Product => ({
  id,
  orgId,
  title: r.title,
  description: '',
  images: [],
  category: r.category,
  status: 'draft',
  productUrl: null,
  defaultCreatorRateBps: 0,
  samplePolicy: 'none',
  sampleQuantity: 0,
  createdAt: now,
  updatedAt: now,
});

/**
 * Decides what each row of a chunk does, against the catalog as it is (rules in ./README.md): a known code
 * updates its SKU and product, a new code joins the oldest open product with its title or creates one. Rows are
 * counted as created, updated, unchanged or rejected; nothing is written here.
 */
export async function planChunk(db: Database, orgId: string, now: number, jobId: string, rows: PreparedRow[]): Promise<ChunkPlan> {
  const checked = rows.map((r) => ({ row: r.row, check: checkRow(r.values) }));
  const valid = checked.flatMap((c) => (c.check.ok ? [{ row: c.row, r: c.check.value }] : []));
  const rejected: RejectedRow[] = checked.flatMap((c) => (c.check.ok ? [] : [{ row: c.row, field: c.check.field, reason: c.check.reason }]));
  const { existing, state, byTitle } = await loadState(db, orgId, valid.map((x) => x.r.code), valid.map((x) => x.r.title));
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const plan: ChunkPlan = { newProducts: [], changedProducts: [], newSkus: [], skuUpdates: [], stock: [], counts, rejected };
  const reason = `import ${jobId}`;
  // Ids in file order, so products and SKUs list (and export) in the order the file gave them.
  const skuIds = orderedIds('sku', now, valid.length);
  const productIds = orderedIds('product', now, valid.length);

  valid.forEach(({ row, r }, i) => {
    const reject = (field: string, why: string) => void rejected.push({ row, field, reason: why });
    const sku = existing.get(r.code);
    if (sku) {
      const p = state.get(sku.productId)!;
      if (p.next.title !== r.title) return reject('product_title', `SKU ${r.code} belongs to the product "${p.next.title}"; a row cannot move a SKU or rename a product`);
      if (sku.currency !== r.currency) return reject('currency', `SKU ${r.code} is priced in ${sku.currency}; its currency cannot change`);
      const next = applyRow(p.next, r, now);
      const productChanges = !sameProduct(next, p.next);
      const skuChanges = sku.name !== r.name || sku.price !== r.price;
      const stockChanges = r.stock !== null && r.stock !== sku.stock;
      if (!productChanges && !skuChanges && !stockChanges) return void counts.unchanged++;
      if (p.original?.status === 'archived') return reject('sku_code', `SKU ${r.code} belongs to an archived product, which cannot change`);
      if (productChanges) p.next = next;
      if (skuChanges) plan.skuUpdates.push({ id: sku.id, name: r.name, price: r.price });
      if (stockChanges) plan.stock.push({ skuId: sku.id, stock: r.stock!, reason });
      return void counts.updated++;
    }
    let p: ProductState | undefined = state.get(byTitle.get(r.title) ?? '');
    if (p && p.skuCount >= MAX_SKUS) return reject('product_title', `the product already has ${MAX_SKUS} SKUs`);
    if (!p && r.status === 'archived') return reject('status', 'a new product cannot start archived');
    if (p) p.next = applyRow(p.next, r, now);
    else {
      p = { original: null, next: applyRow(freshProduct(productIds[i], orgId, r, now), r, now), skuCount: 0 };
      state.set(p.next.id, p);
      byTitle.set(r.title, p.next.id);
    }
    p.skuCount++;
    plan.newSkus.push({ id: skuIds[i], productId: p.next.id, code: r.code, name: r.name, price: r.price, currency: r.currency });
    plan.stock.push({ skuId: skuIds[i], stock: r.stock ?? 0, reason });
    counts.created++;
  });

  for (const p of state.values()) {
    if (!p.original) plan.newProducts.push(p.next);
    else if (!sameProduct(p.original, p.next)) plan.changedProducts.push(p.next);
  }
  counts.rejected = rejected.length;
  return plan;
}
