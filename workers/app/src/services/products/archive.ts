import { and, eq, ne } from 'drizzle-orm';
import { products } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { productRow, productWithSkus } from './view';

/**
 * Archives a product: final, it no longer changes or shows in lists by default. A conditional update makes the
 * transition; archiving an archived product changes nothing and answers the product as it is.
 */
export async function archiveProduct({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  const [archived] = await ctx.db
    .update(products)
    .set({ status: 'archived', updatedAt: ctx.now })
    .where(and(eq(products.id, input.id), eq(products.orgId, ctx.caller.orgId), ne(products.status, 'archived')))
    .returning();
  return productWithSkus(ctx, archived ?? (await productRow(ctx, input.id)));
}
