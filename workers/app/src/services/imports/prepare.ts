import type { RejectedRow } from '@xuanpin/db';
import { decodeUtf8, parseCsv } from '@xuanpin/core/csv';
import { ApiError } from '../../lib/errors';
import { IMPORT_COLUMNS, MAX_CELL, MAX_ROWS, MAX_SKUS, PRODUCT_COLUMNS, REQUIRED_COLUMNS, type Column, type RowValues } from './columns';

export interface PreparedRow {
  /** The line of the file the row starts on. */
  row: number;
  values: RowValues;
}

const fileError = (line: number, message: string) =>
  new ApiError('validation_failed', `CSV line ${line}: ${message}`, { path: 'body', issues: [{ path: `line ${line}`, message }] });

function readHeader<C extends string>(fields: string[], columns: readonly C[], required: readonly C[]): C[] {
  const header = fields.map((f) => f.trim().toLowerCase());
  header.forEach((name, i) => {
    if (!(columns as readonly string[]).includes(name)) {
      throw fileError(1, `unknown column "${fields[i]}"; the columns are ${columns.join(', ')}`);
    }
    if (header.indexOf(name) !== i) throw fileError(1, `the column ${name} appears twice`);
  });
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw fileError(1, `the header lacks ${missing.join(', ')} (the first line must be the header)`);
  return header as C[];
}

/**
 * Reads an uploaded file into rows of cells by column, for any import: decoding, CSV syntax and the header are
 * checked for the whole file (any problem refuses the file, naming the line); a row with the wrong number of
 * fields or an overlong cell is rejected (`broken` keeps its fields, for imports whose rows group by a key).
 * Rows are numbered by the line they start on.
 */
export function readRecords<C extends string>(bytes: Uint8Array, columns: readonly C[], required: readonly C[]) {
  const text = decodeUtf8(bytes);
  if (!text.ok) throw fileError(text.line, text.message);
  const parsed = parseCsv(text.value);
  if (!parsed.ok) throw fileError(parsed.line, parsed.message);
  const [head, ...records] = parsed.value;
  if (!head) throw fileError(1, 'the file is empty; the first line must be the header');
  const header = readHeader(head.fields, columns, required);
  if (records.length === 0) throw fileError(2, 'the file has a header but no rows');
  if (records.length > MAX_ROWS) throw fileError(records[MAX_ROWS].line, `a file holds at most ${MAX_ROWS} rows; split it`);
  const rows: { row: number; values: Partial<Record<C, string>> }[] = [];
  const rejected: RejectedRow[] = [];
  const broken: { row: number; fields: string[] }[] = [];
  for (const { line, fields } of records) {
    const long = fields.findIndex((f) => f.length > MAX_CELL);
    if (fields.length !== header.length) rejected.push({ row: line, field: 'row', reason: `has ${fields.length} fields; the header has ${header.length}` });
    else if (long >= 0) rejected.push({ row: line, field: header[long], reason: 'is too long' });
    else {
      rows.push({ row: line, values: Object.fromEntries(header.map((h, i) => [h, fields[i]])) as Partial<Record<C, string>> });
      continue;
    }
    broken.push({ row: line, fields });
  }
  return { header, rows, rejected, broken, totalRows: records.length };
}

/**
 * Reads an uploaded file into rows: decoding, CSV syntax and the header are checked for the whole file (any
 * problem refuses the file, naming the line); then rows are checked against each other, which only the whole
 * file can tell: a repeated SKU code, a product column that disagrees with the product's first row, more than
 * 100 SKUs for one product. Such rows are rejected here; the rest are validated one by one when processed.
 * Blank product columns are filled from the product's first row, so every stored row stands on its own.
 */
export function prepareRows(bytes: Uint8Array): { rows: PreparedRow[]; rejected: RejectedRow[]; totalRows: number } {
  const read = readRecords(bytes, IMPORT_COLUMNS, REQUIRED_COLUMNS);
  const rows: PreparedRow[] = [];
  const rejected = read.rejected;
  const codes = new Map<string, number>();
  const products = new Map<string, { first: PreparedRow; count: number }>();
  for (const { row: line, values } of read.rows) {
    const reject = (field: string, reason: string) => rejected.push({ row: line, field, reason });
    const code = (values.sku_code ?? '').trim();
    const seen = codes.get(code);
    if (code && seen !== undefined) {
      reject('sku_code', `repeats the SKU code of row ${seen}`);
      continue;
    }
    const title = (values.product_title ?? '').trim();
    const product = products.get(title);
    if (product) {
      const clash = PRODUCT_COLUMNS.find((c) => (values[c] ?? '').trim() !== '' && (values[c] ?? '').trim() !== (product.first.values[c] ?? '').trim());
      if (clash) {
        reject(clash, `differs from row ${product.first.row}, the first row of this product; leave it blank or repeat the same value`);
        continue;
      }
      if (product.count >= MAX_SKUS) {
        reject('product_title', `a product has at most ${MAX_SKUS} SKUs`);
        continue;
      }
      for (const c of PRODUCT_COLUMNS) if (values[c] !== undefined && values[c].trim() === '') values[c] = product.first.values[c];
      product.count++;
    }
    const row = { row: line, values };
    if (!product) products.set(title, { first: row, count: 1 });
    if (code) codes.set(code, line);
    rows.push(row);
  }
  // Rejected in file order: those of the file's shape (wrong field count) and those of the rules above interleave.
  rejected.sort((a, b) => a.row - b.row);
  return { rows, rejected, totalRows: read.totalRows };
}

/**
 * Splits rows into chunks of at most `maxRows` rows and about `maxChars` characters of JSON. `weight` counts an
 * item as several rows (an order import chunks whole orders, weighing each by its rows).
 */
export function chunkRows<T>(rows: T[], maxRows: number, maxChars: number, weight: (item: T) => number = () => 1): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  let count = 0;
  for (const row of rows) {
    const length = JSON.stringify(row).length;
    if (current.length && (count + weight(row) > maxRows || size + length > maxChars)) {
      chunks.push(current);
      current = [];
      size = 0;
      count = 0;
    }
    current.push(row);
    size += length;
    count += weight(row);
  }
  if (current.length) chunks.push(current);
  return chunks;
}
