import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { exportProducts } from '../../services/imports/export';

/** Your catalog as CSV, in the import's columns. */
export const route = new Hono<AppEnv>().get(
  '/v1/exports/products.csv',
  doc({
    operationId: 'exportProducts',
    summary: 'Export products as CSV',
    description:
      'Your products (archived ones left out) as a CSV file in the columns of the import, one row per SKU, prices in ' +
      'major units, UTF-8 with a byte-order mark (Excel opens it as UTF-8). Importing the file back changes nothing.',
    tags: ['Catalog'],
    auth: 'key',
    scope: 'catalog:read',
    responses: { 200: { description: 'The CSV file (`text/csv`)' } },
  }),
  requireScope('catalog:read'),
  async (c) => {
    const csv = await exportProducts({ ctx: serviceContext(c) });
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="products.csv"',
      'cache-control': 'no-store',
    });
  },
);
