import { inArray } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import { products, skus, stockMoves } from '../schema';
import { chunked, runGrouped, type Statement } from './batch';
import { DAY_MS, HOUR_MS, idOf, type SeedContext } from './context';
import { DEMO_CATALOG, type DemoProduct } from './data/catalog';
import { between, seeded } from './random';

/** Written on the opening stock move of a seeded SKU, as the product service writes it for a new SKU. */
const OPENING_STOCK = 'opening stock';

export interface PlannedProduct extends DemoProduct {
  merchant: string;
  createdAt: number;
  images: string[];
  productUrl: string;
}

export const skuCode = (product: Pick<DemoProduct, 'code'>, suffix: string) => `${product.code}-${suffix}`;

/** The catalog with what the data files leave to the seed: when each product was listed, its images and page. */
export function planCatalog(now: number): PlannedProduct[] {
  const plan = Object.entries(DEMO_CATALOG).flatMap(([merchant, list]) =>
    list.map((p) => {
      const random = seeded(`product/${p.code}`);
      const path = `${merchant}/${p.code.toLowerCase()}`;
      return {
        ...p,
        merchant,
        // Listed 100 to 200 days ago: before every activity starts.
        createdAt: now - between(random, 100, 200) * DAY_MS - between(random, 0, 23) * HOUR_MS,
        images: Array.from({ length: between(random, 2, 4) }, (_, i) => `https://images.demo.xuanpin.test/${path}/${i + 1}.jpg`),
        productUrl: `https://shop.demo.xuanpin.test/${path}`,
      };
    }),
  );
  // The seed's maps key SKUs by code alone, so codes must not repeat across brands either.
  const codes = plan.flatMap((p) => p.skus.map((s) => skuCode(p, s.suffix)));
  const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
  if (repeated) throw new Error(`demo seed: SKU code ${repeated} is used twice`);
  return plan;
}

/**
 * Inserts the products and SKUs that are missing. The SKU code (unique per merchant) is the natural key: a product
 * is found again by its first SKU's code, and a SKU by its own. A new product, its SKUs and their opening stock
 * moves go in one group, so they exist together or not at all.
 */
export async function seedCatalog(ctx: SeedContext): Promise<PlannedProduct[]> {
  const plan = planCatalog(ctx.now);
  const merchantIds = [...new Set(plan.map((p) => idOf(ctx.orgIds, p.merchant)))];
  const existing = await existingSkus(ctx, merchantIds);
  const groups: Statement[][] = [];
  for (const p of plan) {
    const orgId = idOf(ctx.orgIds, p.merchant);
    const found = existing.get(`${orgId}|${skuCode(p, p.skus[0].suffix)}`);
    const productId = found?.productId ?? newId('product', p.createdAt);
    const group: Statement[] = [];
    if (!found) {
      group.push(
        ctx.db.insert(products).values({
          id: productId,
          orgId,
          title: p.title,
          description: p.description,
          images: p.images,
          category: p.category,
          status: p.status,
          productUrl: p.productUrl,
          defaultCreatorRateBps: p.defaultCreatorRateBps,
          samplePolicy: p.samplePolicy,
          sampleQuantity: p.sampleQuantity,
          createdAt: p.createdAt,
          updatedAt: p.createdAt,
        }),
      );
    }
    // Sorted ids keep the SKUs in the order they are listed (lists order by id).
    const ids = p.skus.map(() => newId('sku', p.createdAt)).sort();
    p.skus.forEach((s, i) => {
      const code = skuCode(p, s.suffix);
      if (existing.has(`${orgId}|${code}`)) return;
      const row = { id: ids[i], orgId, productId, code, name: s.name, price: s.price, currency: p.currency, stock: s.stock, createdAt: p.createdAt, updatedAt: p.createdAt };
      group.push(ctx.db.insert(skus).values(row).onConflictDoNothing({ target: [skus.orgId, skus.code] }));
      if (s.stock > 0) {
        group.push(
          ctx.db.insert(stockMoves).values({
            id: newId('stockMove', p.createdAt),
            orgId,
            skuId: row.id,
            delta: s.stock,
            reason: OPENING_STOCK,
            stockAfter: s.stock,
            createdAt: p.createdAt,
          }),
        );
      }
    });
    if (group.length > 0) groups.push(group);
  }
  await runGrouped(ctx.db, groups);

  const written = await existingSkus(ctx, merchantIds);
  for (const p of plan) {
    const orgId = idOf(ctx.orgIds, p.merchant);
    for (const s of p.skus) {
      const row = written.get(`${orgId}|${skuCode(p, s.suffix)}`);
      if (!row) throw new Error(`demo seed: SKU ${skuCode(p, s.suffix)} was not written`);
      ctx.skuIds.set(skuCode(p, s.suffix), row.id);
    }
    ctx.productIds.set(p.code, written.get(`${orgId}|${skuCode(p, p.skus[0].suffix)}`)!.productId);
  }
  return plan;
}

/** The demo merchants' SKUs, by `<org id>|<code>`. */
async function existingSkus(ctx: SeedContext, merchantIds: string[]) {
  const out = new Map<string, { id: string; productId: string }>();
  for (const part of chunked(merchantIds)) {
    const rows = await ctx.db
      .select({ id: skus.id, orgId: skus.orgId, code: skus.code, productId: skus.productId })
      .from(skus)
      .where(inArray(skus.orgId, part));
    for (const r of rows) out.set(`${r.orgId}|${r.code}`, { id: r.id, productId: r.productId });
  }
  return out;
}
