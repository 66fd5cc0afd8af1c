import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { ProductListQuery, ProductPage } from '../../schemas/product';
import { listProducts } from '../../services/products/list';

/** Your products, newest first, filtered and paged. */
export const route = new Hono<AppEnv>().get(
  '/v1/products',
  doc({
    operationId: 'listProducts',
    summary: 'List products',
    description:
      'Your products with their SKUs, newest first. Filters: `status` (archived products appear only with ' +
      '`status=archived`), `category` (a parent code such as `kitchen` includes its children), `q` (text in the ' +
      'title, description or a SKU code, case-insensitive), `stockBelow` (products with a SKU whose stock is below ' +
      'the number). Page with `limit` (≤ 200) and the `nextCursor` of the previous page.',
    tags: ['Catalog'],
    auth: 'key',
    scope: 'catalog:read',
    errors: [400],
    responses: { 200: { description: 'A page of products', schema: ProductPage } },
  }),
  requireScope('catalog:read'),
  query(ProductListQuery),
  async (c) => reply(c, ProductPage, await listProducts({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
