import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { CreateProductBody, Product } from '../../schemas/product';
import { createProduct } from '../../services/products/create';

/** Creates a product with its SKUs (merchants only). */
export const route = new Hono<AppEnv>().post(
  '/v1/products',
  doc({
    operationId: 'createProduct',
    summary: 'Create a product',
    description:
      'Creates a product with 1 to 100 SKUs, in one step. Prices are integers in the minor unit of the currency ' +
      '(JPY 1980 is ¥1,980; CNY 12800 is ¥128.00). SKU codes are unique across your catalog: a code in use answers ' +
      '409 naming `skus.<i>.code`. Opening stock is recorded as a stock move. Status defaults to `draft`. Merchants only.',
    tags: ['Catalog'],
    auth: 'key',
    scope: 'catalog:write',
    errors: [400, 409, 413, 415],
    responses: { 201: { description: 'The product with its SKUs', schema: Product } },
  }),
  requireScope('catalog:write'),
  jsonBody(CreateProductBody),
  async (c) => reply(c, Product, await createProduct({ ctx: serviceContext(c), input: c.req.valid('json') }), 201),
);
