import { getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '@xuanpin/db';
import { insertSelect } from '../services/skus/json-table';

/**
 * `INSERT INTO table SELECT … FROM json_each(?)`: any number of whole rows in ONE statement with ONE bound
 * parameter (D1 binds at most 100 per statement; see services/skus/json-table.ts). Rows use the table's property
 * names; booleans travel as JSON true/false and land as 1/0, JSON columns must be passed already stringified.
 */
export function insertRows<T extends SQLiteTable>(db: Database, table: T, rows: readonly Record<string, unknown>[]) {
  const values: Record<string, ReturnType<typeof sql.raw>> = {};
  for (const key of Object.keys(getTableColumns(table))) {
    if (!/^\w+$/.test(key)) throw new Error(`bad column ${key}`);
    values[key] = sql.raw(`json_extract(value, '$.${key}')`);
  }
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(Object.keys(values).map((k) => [k, r[k] ?? null]))));
  return insertSelect(db, table, values as never, sql`json_each(${json})`);
}
