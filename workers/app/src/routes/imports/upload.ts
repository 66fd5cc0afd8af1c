import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { ApiError } from '../../lib/errors';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { limitBody } from '../../middleware/body-limit';
import { ImportJob, UploadQuery } from '../../schemas/import';
import { IMPORT_COLUMNS, MAX_CSV_BYTES } from '../../services/imports/columns';
import { enqueueImport } from '../../services/imports/queue';
import { uploadImport } from '../../services/imports/upload';

/** The body must be the CSV itself, in UTF-8 (the order import checks it the same way). */
export function assertCsv(contentType: string | undefined) {
  const [type, ...params] = (contentType ?? '').toLowerCase().split(';').map((s) => s.trim());
  if (type !== 'text/csv') throw new ApiError('unsupported_media_type', 'Send the file itself as the body, with `Content-Type: text/csv`.');
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new ApiError('unsupported_media_type', 'The file must be UTF-8 (`charset=utf-8`).');
}

/** Uploads a product CSV; its rows are then applied in chunks (queue, or `continue`). */
export const route = new Hono<AppEnv>().post(
  '/v1/imports/products',
  doc({
    operationId: 'importProducts',
    summary: 'Import products from CSV',
    description:
      `The body is the CSV file (\`Content-Type: text/csv\`, UTF-8 with or without BOM, at most 10 MiB and 50,000 rows). ` +
      `The first line is the header; columns: ${IMPORT_COLUMNS.join(', ')} (sku_code, product_title, sku_name, price, ` +
      'currency and category are required; the others may be left out). One row per SKU, keyed by `sku_code`; rows ' +
      'with the same `product_title` are one product; `price` is in major units (128.00 CNY, 1980 JPY); `image_urls` ' +
      'are separated by `|`. An unreadable file (bad encoding, broken quoting, unknown column) answers 400 naming the ' +
      'line and imports nothing. Otherwise the answer is 202 with the import, whose rows are then applied in chunks ' +
      'by a background queue; `POST /v1/imports/{id}/continue` applies chunks at once. Importing the same file again ' +
      'changes nothing. Full rules: services/imports/README.md.',
    tags: ['Catalog'],
    auth: 'key',
    scope: 'catalog:write',
    errors: [400, 413, 415],
    responses: { 202: { description: 'The import, with the rows rejected so far', schema: ImportJob } },
  }),
  requireScope('catalog:write'),
  limitBody(MAX_CSV_BYTES),
  query(UploadQuery),
  async (c) => {
    assertCsv(c.req.header('content-type'));
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const job = await uploadImport({ ctx: serviceContext(c), input: { bytes, filename: c.req.valid('query').filename } });
    if (job.status !== 'done') await enqueueImport(c.var.services.env, job.id, c.var.services.logger);
    return reply(c, ImportJob, job, 202);
  },
);
