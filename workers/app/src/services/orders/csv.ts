import { CURRENCIES, isCurrency, parseMajor, type Currency } from '@xuanpin/core';
import type { Database, ImportJob, RejectedRow } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { ApiError } from '../../lib/errors';
import { requireKind } from '../creators/kind';
import { CHUNK_CHARS } from '../imports/columns';
import { chunkRows, readRecords } from '../imports/prepare';
import { notAnAmount } from '../imports/row';
import { storeImport } from '../imports/upload';
import { chunkFrame } from '../imports/write';
import type { Write } from '../skus/batch';
import type { OrderInput } from './input';
import { planOrders } from './record';

/**
 * The order CSV (the third door of services/orders/README.md): one row per order line, in the postback's shape.
 * Rows with the same `external_order_id` are one order, its lines in row order. Amounts are in major units of the
 * order's currency (128.00 CNY, 1980 JPY); `placed_at` is ISO 8601 with a time zone, or ms since the epoch.
 */
export const ORDER_COLUMNS = ['external_order_id', 'click_id', 'currency', 'placed_at', 'buyer', 'sku', 'quantity', 'unit_price', 'discount'] as const;
export type OrderColumn = (typeof ORDER_COLUMNS)[number];
export const REQUIRED_ORDER_COLUMNS: readonly OrderColumn[] = ['external_order_id', 'currency', 'placed_at', 'sku', 'quantity', 'unit_price'];
/** One value per order, from its first row: later rows leave them blank or repeat them. */
const ORDER_LEVEL: readonly OrderColumn[] = ['click_id', 'currency', 'placed_at', 'buyer'];
/**
 * Rows per chunk, counted in whole orders (an order never spans chunks): a chunk's orders are written in one batch
 * with its commission lines and journal entries, which stays far below D1's 2 MB per statement at this size.
 */
export const ORDER_CHUNK_ROWS = 100;

type Row = { row: number; values: Partial<Record<OrderColumn, string>> };
type Fault = { row: number; field: string; reason: string };

/**
 * Accepts an order CSV: the file is checked as a whole (encoding, syntax, header: 400 naming the line) and its rows
 * grouped into orders, stored in chunks of whole orders for the queue and `continue` to apply through the one
 * order pipeline. Nothing is recorded yet.
 */
export async function uploadOrderImport({ ctx, input }: { ctx: ServiceContext; input: { bytes: Uint8Array; filename: string } }) {
  requireKind(ctx, 'merchant');
  const read = readRecords(input.bytes, ORDER_COLUMNS, REQUIRED_ORDER_COLUMNS);
  const rejected = [...read.rejected];
  const groups = new Map<string, Row[]>();
  for (const r of read.rows) {
    const id = (r.values.external_order_id ?? '').trim();
    if (!id) rejected.push({ row: r.row, field: 'external_order_id', reason: 'is required' });
    else groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  // A row the file could not read may still belong to an order (its fields are shifted, but its id is usually
  // in place): that order is rejected whole rather than recorded without the line.
  const at = read.header.indexOf('external_order_id');
  for (const b of read.broken) {
    const id = (b.fields[at] ?? '').trim();
    const rows = groups.get(id);
    if (!rows) continue;
    groups.delete(id);
    rejectOrder(rejected, id, rows, { row: b.row, field: 'row', reason: '' }, false);
  }
  rejected.sort((a, b) => a.row - b.row);
  const chunks = chunkRows([...groups.values()], ORDER_CHUNK_ROWS, CHUNK_CHARS, (g) => g.length).map((c) => c.flat() as { row: number; values: Record<string, string> }[]);
  return storeImport(ctx, { kind: 'orders', ...input, totalRows: read.totalRows, rejected, chunks });
}

/**
 * Applies one chunk of an order import (see services/imports/process.ts): its row groups become `OrderInput`s and
 * go through `planOrders` with source `csv`, whose writes land in the same batch as the chunk's progress. A new
 * order counts its rows `created`; a replay (the same file again) `unchanged`; a rejected order rejects every row
 * of it, the row at fault naming its column.
 */
export async function orderChunkWrites(db: Database, now: number, job: ImportJob, chunk: { seq: number; rows: Row[] }): Promise<Write[]> {
  const groups = new Map<string, Row[]>();
  for (const r of chunk.rows) {
    const id = (r.values.external_order_id ?? '').trim();
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  const rejected: RejectedRow[] = [];
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const valid: { id: string; rows: Row[]; input: OrderInput }[] = [];
  for (const [id, rows] of groups) {
    const read = toOrderInput(id, rows);
    if ('fault' in read) rejectOrder(rejected, id, rows, read.fault);
    else valid.push({ id, rows, input: read.input });
  }
  const plan = await planOrders(db, { merchantOrgId: job.orgId, source: 'csv', now }, valid.map((v) => v.input));
  plan.outcomes.forEach((o, k) => {
    const { id, rows } = valid[k];
    if (o.status === 'rejected') rejectOrder(rejected, id, rows, faultOf(o.error, rows));
    else if (o.status === 'created') counts.created += rows.length;
    else counts.unchanged += rows.length;
  });
  counts.rejected = rejected.length;
  return chunkFrame(db, job.id, chunk.seq, now, counts, rejected, plan.writes);
}

/** Rejects every row of an order: the row at fault with its reason, the others as part of the rejected order. */
function rejectOrder(out: RejectedRow[], id: string, rows: Row[], fault: Fault, faultIsRow = true) {
  if (faultIsRow) out.push(fault);
  for (const r of rows) {
    if (faultIsRow && r.row === fault.row) continue;
    out.push({ row: r.row, field: 'external_order_id', reason: `order ${id} is not recorded: row ${fault.row} of it is rejected` });
  }
}

/** Where the pipeline's error (named by the API's field path, `lines[1].sku`) sits in the file, and why. */
const FIELD_OF: Record<string, OrderColumn> = { sku: 'sku', quantity: 'quantity', unitPrice: 'unit_price', discount: 'discount' };
const TOP_OF: Record<string, OrderColumn> = { externalId: 'external_order_id', clickId: 'click_id', currency: 'currency', placedAt: 'placed_at', buyer: 'buyer' };

function faultOf(error: ApiError, rows: Row[]): Fault {
  const reason = error.message.replace(/^`[^`]*`: /, '');
  const line = /^lines\[(\d+)\](?:\.(\w+))?$/.exec(error.path ?? '');
  if (line && rows[Number(line[1])]) return { row: rows[Number(line[1])].row, field: line[2] ? (FIELD_OF[line[2]] ?? 'row') : 'row', reason };
  return { row: rows[0].row, field: TOP_OF[error.path ?? ''] ?? 'external_order_id', reason };
}

class Reject {
  constructor(readonly fault: Fault) {}
}

/** An ISO 8601 time with a zone (…T10:30:00+08:00, …T02:30Z) or ms since the epoch; null otherwise. */
export function parseTime(text: string): number | null {
  if (/^\d{1,15}$/.test(text)) return Number(text);
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.parse rolls 30 February over to March: the calendar date must exist.
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  const ms = Date.parse(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}

/**
 * One order from its rows, with what only the file can check (cells that must be numbers, amounts in major units,
 * order columns that agree across the order's rows); the pipeline checks the rest (SKUs, currency, quantities).
 */
function toOrderInput(id: string, rows: Row[]): { input: OrderInput } | { fault: Fault } {
  const first = rows[0];
  const cell = (r: Row, c: OrderColumn) => (r.values[c] ?? '').trim();
  const fail = (r: Row, field: OrderColumn, reason: string): never => {
    throw new Reject({ row: r.row, field, reason });
  };
  const required = (r: Row, c: OrderColumn) => cell(r, c) || fail(r, c, 'is required');
  const capped = (c: OrderColumn, max: number) => {
    const text = cell(first, c);
    if (text.length > max) fail(first, c, `is at most ${max} characters`);
    return text || null;
  };
  const amount = (r: Row, c: OrderColumn, currency: Currency) => {
    const minor = parseMajor(cell(r, c), currency);
    return minor === null ? fail(r, c, notAnAmount(currency)) : minor;
  };
  try {
    const code = required(first, 'currency').toUpperCase();
    if (!isCurrency(code)) fail(first, 'currency', `must be one of ${CURRENCIES.join(', ')}`);
    const currency = code as Currency;
    const placedAt = parseTime(required(first, 'placed_at')) ?? fail(first, 'placed_at', 'must be ISO 8601 with a time zone (2026-11-20T10:30:00+08:00) or ms since the epoch');
    const clickId = capped('click_id', 64);
    const buyer = capped('buyer', 320);
    const lines = rows.map((r) => {
      if (r !== first) {
        const clash = ORDER_LEVEL.find((c) => cell(r, c) !== '' && cell(r, c) !== cell(first, c));
        if (clash) fail(r, clash, `differs from row ${first.row}, the first row of order ${id}; leave it blank or repeat the same value`);
      }
      const sku = required(r, 'sku');
      const quantity = required(r, 'quantity');
      if (!/^[+-]?\d{1,15}$/.test(quantity)) fail(r, 'quantity', 'must be a whole number');
      const unitPrice = amount(r, 'unit_price', currency);
      const discount = cell(r, 'discount') === '' ? 0 : amount(r, 'discount', currency);
      return { sku, quantity: Number(quantity), unitPrice, discount };
    });
    return { input: { externalId: id, clickId, currency, placedAt, buyer, lines } };
  } catch (err) {
    if (err instanceof Reject) return { fault: err.fault };
    throw err;
  }
}
