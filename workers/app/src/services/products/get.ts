import type { ServiceContext } from '../../env';
import { productRow, productWithSkus } from './view';

/** One of the caller's products with its SKUs; another organization's id is not found. */
export async function getProduct({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  return productWithSkus(ctx, await productRow(ctx, input.id));
}
