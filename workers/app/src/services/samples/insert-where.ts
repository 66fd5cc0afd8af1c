import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '@xuanpin/db';

/**
 * `INSERT INTO table SELECT <row> FROM <from> WHERE <condition>`: inserts the row only if the condition holds
 * when the statement runs, so a check and its write cannot be separated by a concurrent request. Values are
 * listed in the table's column order (what drizzle's insert-select expects); columns absent from `row` take
 * their SQL default or null.
 */
export function insertWhere<T extends SQLiteTable>(db: Database, table: T, row: Record<string, unknown>, from: SQL, condition: SQL) {
  const columns = Object.entries(getTableColumns(table));
  const values = columns.map(([key, column]) => {
    const value = row[key];
    if (value !== undefined) return sql`${value}`;
    return column.default !== undefined ? sql`${column.default}` : sql`null`;
  });
  return db.insert(table).select(sql`select ${sql.join(values, sql`, `)} from ${from} where ${condition}`);
}
