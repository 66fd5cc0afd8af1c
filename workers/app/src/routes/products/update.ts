import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Product, UpdateProductBody } from '../../schemas/product';
import { updateProduct } from '../../services/products/update';

/** Changes a product's fields and SKUs (not stock). */
export const route = new Hono<AppEnv>().patch(
  '/v1/products/:id',
  doc({
    operationId: 'updateProduct',
    summary: 'Update a product',
    description:
      'Changes the fields sent. `skus` lists SKUs by code: an existing code may change `name` and `price` ' +
      '(currency and stock cannot change here: stock moves only through stock adjustments); a new code adds a SKU ' +
      '(`name`, `price`, `currency` required, `stock` optional). `productUrl: null` clears it. Status may move ' +
      'freely between draft, active and paused, or to archived; an archived product cannot change (409).',
    tags: ['Catalog'],
    auth: 'key',
    scope: 'catalog:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 200: { description: 'The product as it is now', schema: Product } },
  }),
  requireScope('catalog:write'),
  params(IdParam),
  jsonBody(UpdateProductBody),
  async (c) => {
    const input = { id: c.req.valid('param').id, changes: c.req.valid('json') };
    return reply(c, Product, await updateProduct({ ctx: serviceContext(c), input }));
  },
);
