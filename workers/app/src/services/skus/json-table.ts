import { getTableColumns, is, sql, SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '@xuanpin/db';

/**
 * Bulk writes on D1. A statement binds at most 100 parameters and an invocation runs about 1,000 statements, so
 * writing rows one statement each (or ~9 rows per multi-row INSERT) does not scale to a CSV import. Instead the
 * rows travel as ONE JSON parameter and SQLite unpacks them with `json_each`: one statement per kind of write,
 * whatever the number of rows.
 *
 * `jsonTable(items, { sku_id: 'skuId' })` is `(SELECT json_extract(value, '$.skuId') AS sku_id … FROM json_each(?))`,
 * to be used as `${jsonTable(…)} AS j` in a FROM.
 */
export function jsonTable(items: readonly object[], columns: Record<string, string>): SQL {
  const select = Object.entries(columns)
    .map(([column, key]) => {
      if (!/^\w+$/.test(column) || !/^\w+$/.test(key)) throw new Error(`bad column mapping ${column}: ${key}`);
      return `json_extract(value, '$.${key}') AS ${column}`;
    })
    .join(', ');
  return sql`(SELECT ${sql.raw(select)} FROM json_each(${JSON.stringify(items)}))`;
}

/**
 * `INSERT INTO table SELECT … FROM from WHERE where`, with one expression per column given by property name (in
 * any order: they are put in the table's column order here). Built with drizzle's insert builder rather than
 * `db.run(sql…)`, because drizzle's D1 batch cannot run raw statements that have parameters.
 */
export function insertSelect<T extends SQLiteTable>(
  db: Database,
  table: T,
  values: { [K in keyof T['$inferSelect']]: SQL | string | number | null },
  from: SQL,
  where?: SQL,
) {
  const expressions = Object.keys(getTableColumns(table)).map((key) => {
    const value = (values as Record<string, unknown>)[key];
    if (value === undefined) throw new Error(`insertSelect: no value for ${key}`);
    return is(value, SQL) ? value : sql`${value}`;
  });
  const select = sql`SELECT ${sql.join(expressions, sql`, `)} FROM ${from}${where ? sql` WHERE ${where}` : sql``}`;
  return db.insert(table).select(select);
}
