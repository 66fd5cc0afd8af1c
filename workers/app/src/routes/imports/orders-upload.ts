import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { limitBody } from '../../middleware/body-limit';
import { ImportJob } from '../../schemas/import';
import { OrderImportQuery } from '../../schemas/order-admin';
import { MAX_CSV_BYTES } from '../../services/imports/columns';
import { enqueueImport } from '../../services/imports/queue';
import { ORDER_COLUMNS, uploadOrderImport } from '../../services/orders/csv';
import { assertCsv } from './upload';

/** Uploads an order CSV (the third order door); its orders are then recorded in chunks (queue, or `continue`). */
export const route = new Hono<AppEnv>().post(
  '/v1/imports/orders',
  doc({
    operationId: 'importOrders',
    summary: 'Import orders from CSV',
    description:
      `The body is the CSV file (\`Content-Type: text/csv\`, UTF-8, at most 10 MiB and 50,000 rows), one row per order ` +
      `line. Columns: ${ORDER_COLUMNS.join(', ')} (click_id, buyer and discount may be left out). Rows with the same ` +
      '`external_order_id` are one order, its lines in row order; its other order columns come from its first row (later ' +
      'rows leave them blank or repeat them). `unit_price` and `discount` are in major units of `currency` (128.00 CNY, ' +
      '1980 JPY); `placed_at` is ISO 8601 with a time zone or ms since the epoch; `sku` is your SKU code or our id. ' +
      'Each order goes through the same pipeline as `POST /v1/orders` (attribution, split, ledger): a rejected row ' +
      'names its column and rejects its whole order; an order already recorded with the same content is `unchanged` ' +
      '(uploading the same file again changes nothing), with other content it is rejected (the 409 of the postback). ' +
      'An unreadable file answers 400 naming the line. Otherwise 202 with the import, applied in chunks by a ' +
      'background queue; `POST /v1/imports/orders/{id}/continue` applies chunks at once.',
    tags: ['Orders'],
    auth: 'key',
    scope: 'orders:write',
    errors: [400, 413, 415],
    responses: { 202: { description: 'The import, with the rows rejected so far', schema: ImportJob } },
  }),
  requireScope('orders:write'),
  limitBody(MAX_CSV_BYTES),
  query(OrderImportQuery),
  async (c) => {
    assertCsv(c.req.header('content-type'));
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const job = await uploadOrderImport({ ctx: serviceContext(c), input: { bytes, filename: c.req.valid('query').filename } });
    if (job.status !== 'done') await enqueueImport(c.var.services.env, job.id, c.var.services.logger);
    return reply(c, ImportJob, job, 202);
  },
);
