import { and, asc, eq, ne } from 'drizzle-orm';
import { formatMinor } from '@xuanpin/core';
import { toCsv } from '@xuanpin/core/csv';
import { products, skus } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { IMPORT_COLUMNS } from './columns';

/**
 * The caller's catalog (archived products left out) as the import's CSV: one row per SKU, products in creation
 * order, every column filled, prices in major units. UTF-8 with a byte-order mark, so that Excel reads it as
 * UTF-8. Importing it back changes nothing.
 */
export async function exportProducts({ ctx }: { ctx: ServiceContext }): Promise<string> {
  const { orgId } = ctx.caller;
  const rows = await ctx.db
    .select({ p: products, s: skus })
    .from(skus)
    .innerJoin(products, eq(products.id, skus.productId))
    .where(and(eq(skus.orgId, orgId), eq(products.orgId, orgId), ne(products.status, 'archived')))
    .orderBy(asc(products.id), asc(skus.id));
  const records = rows.map(({ p, s }) => [
    s.code,
    p.title,
    s.name,
    formatMinor(s.price, s.currency),
    s.currency,
    String(s.stock),
    p.category,
    p.status,
    p.description,
    p.images.join('|'),
    p.productUrl ?? '',
    String(p.defaultCreatorRateBps),
    p.samplePolicy,
    String(p.sampleQuantity),
  ]);
  return '\uFEFF' + toCsv([[...IMPORT_COLUMNS], ...records]);
}
