import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Product } from '../../schemas/product';
import { archiveProduct } from '../../services/products/archive';

/** Archives a product (final). */
export const route = new Hono<AppEnv>().post(
  '/v1/products/:id/archive',
  doc({
    operationId: 'archiveProduct',
    summary: 'Archive a product',
    description: 'Archives the product: final, it can no longer change and leaves the default product list. Archiving twice is harmless.',
    tags: ['Catalog'],
    auth: 'key',
    scope: 'catalog:write',
    errors: [404],
    responses: { 200: { description: 'The archived product', schema: Product } },
  }),
  requireScope('catalog:write'),
  params(IdParam),
  async (c) => reply(c, Product, await archiveProduct({ ctx: serviceContext(c), input: c.req.valid('param') })),
);
