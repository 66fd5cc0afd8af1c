import { and, desc, eq, exists, like, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { products, skus } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { ProductListInput } from '../../schemas/product';
import { productView, skusOf } from './view';

/** `q` is matched literally: LIKE's wildcards in it are escaped. SQLite's LIKE ignores case for ASCII letters. */
const contains = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The caller's products, newest first, with their SKUs. Filters: `status` (archived products are listed only
 * when asked for), `category` (a parent code matches its children), `q` (title, description or a SKU code),
 * `stockBelow` (a SKU with less stock than that). Paged by id, which is unique and time-sortable, so pages are
 * stable while products are added.
 */
export async function listProducts({ ctx, input }: { ctx: ServiceContext; input: ProductListInput }) {
  const { orgId } = ctx.caller;
  const skuWhere = (cond: SQL) => exists(ctx.db.select({ one: sql`1` }).from(skus).where(and(eq(skus.productId, products.id), cond)));
  const filters: (SQL | undefined)[] = [
    eq(products.orgId, orgId),
    input.status ? eq(products.status, input.status) : ne(products.status, 'archived'),
    input.category ? or(eq(products.category, input.category), like(products.category, `${input.category}.%`)) : undefined,
    input.q
      ? or(
          sql`${products.title} LIKE ${contains(input.q)} ESCAPE '\\'`,
          sql`${products.description} LIKE ${contains(input.q)} ESCAPE '\\'`,
          skuWhere(sql`${skus.code} LIKE ${contains(input.q)} ESCAPE '\\'`),
        )
      : undefined,
    input.stockBelow !== undefined ? skuWhere(lt(skus.stock, input.stockBelow)) : undefined,
    input.cursor ? lt(products.id, input.cursor) : undefined,
  ];
  const rows = await ctx.db
    .select()
    .from(products)
    .where(and(...filters))
    .orderBy(desc(products.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const its = await skusOf(ctx.db, orgId, page.map((p) => p.id));
  return {
    data: page.map((p) => productView(p, its.get(p.id) ?? [])),
    nextCursor: rows.length > input.limit ? page[page.length - 1].id : null,
  };
}
