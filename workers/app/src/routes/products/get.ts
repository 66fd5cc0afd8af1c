import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Product } from '../../schemas/product';
import { getProduct } from '../../services/products/get';

/** One of your products with its SKUs. */
export const route = new Hono<AppEnv>().get(
  '/v1/products/:id',
  doc({
    operationId: 'getProduct',
    summary: 'Get a product',
    description: "One of your organization's products, with its SKUs. Another organization's product is not found.",
    tags: ['Catalog'],
    auth: 'key',
    scope: 'catalog:read',
    errors: [404],
    responses: { 200: { description: 'The product', schema: Product } },
  }),
  requireScope('catalog:read'),
  params(IdParam),
  async (c) => reply(c, Product, await getProduct({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
