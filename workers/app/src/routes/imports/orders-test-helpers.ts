import { newId } from '@xuanpin/core';
import { toCsv } from '@xuanpin/core/csv';
import { importJobs, type Database } from '@xuanpin/db';
import { ORDER_COLUMNS, type OrderColumn } from '../../services/orders/csv';
import { call } from '../../../test/security';
import { upload } from './test-helpers';

export type OrderRow = Partial<Record<OrderColumn, string>>;

export const orderCsv = (rows: OrderRow[], columns: readonly string[] = ORDER_COLUMNS) =>
  toCsv([[...columns], ...rows.map((r) => columns.map((c) => r[c as OrderColumn] ?? ''))]);

export function uploadOrders(key: string, body: string | Uint8Array<ArrayBuffer>, contentType = 'text/csv') {
  return upload(key, body, contentType, '/v1/imports/orders?filename=orders-test.csv');
}

/** Calls `continue` (`chunks` at a time) until the order import is done; answers every step's import. */
export async function runOrdersToEnd(key: string, id: string, chunks = 20) {
  const steps: any[] = [];
  for (let i = 0; i < 1000; i++) {
    const res = await call('POST', `/v1/imports/orders/${id}/continue?chunks=${chunks}`, { key });
    if (res.status !== 200) throw new Error(res.text);
    steps.push(res.body);
    if (res.body.status === 'done') return steps;
  }
  throw new Error('import never finished');
}

/** Uploads an order file and records it to the end; answers the final import. */
export async function importOrders(key: string, csv: string) {
  const res = await uploadOrders(key, csv);
  if (res.status !== 202) throw new Error(res.text);
  return res.body.status === 'done' ? res.body : (await runOrdersToEnd(key, res.body.id)).at(-1);
}

/** A finished import of `kind` owned by `orgId` (for the security cases' foreign id). */
export async function storedImport(db: Database, orgId: string, kind = 'orders') {
  const id = newId('importJob');
  await db.insert(importJobs).values({ id, orgId, kind, filename: 'secret.csv', contentHash: 'x', status: 'done', totalRows: 1, rejected: 1, rejectedRows: [{ row: 2, field: 'sku', reason: 'secret' }], createdAt: Date.now() });
  return id;
}
