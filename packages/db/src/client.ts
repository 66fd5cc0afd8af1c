import { drizzle as drizzleD1 } from 'drizzle-orm/d1';
import { drizzle as drizzleLibsql } from 'drizzle-orm/libsql';
import { createClient } from '@libsql/client';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { BatchItem, BatchResponse } from 'drizzle-orm/batch';
import * as schema from './schema';

/** The database as the Worker sees it (D1). */
export function d1Database(binding: D1Database) {
  return drizzleD1(binding, { schema });
}

/** The same schema over libSQL (`file:`, `:memory:` or a Turso URL) for Node-side tools and tests. */
export function libsqlDatabase(url: string, authToken?: string) {
  const client = createClient({ url, authToken });
  return Object.assign(drizzleLibsql(client, { schema }), { $libsql: client });
}

/**
 * What services depend on: the query builder plus atomic `batch`, common to both drivers.
 * D1 has no interactive transactions, so `batch` is the unit of atomicity everywhere.
 */
export type Database = BaseSQLiteDatabase<'async', any, typeof schema> & {
  batch<U extends BatchItem<'sqlite'>, T extends Readonly<[U, ...U[]]>>(batch: T): Promise<BatchResponse<T>>;
};
