import type { BatchItem } from 'drizzle-orm/batch';
import type { Database } from '@xuanpin/db';

export type Write = BatchItem<'sqlite'>;

/**
 * Runs writes as one atomic `db.batch` (D1 has no interactive transactions) and returns each statement's
 * result. The cast is only because `Database` is a union of the D1 and libSQL drivers.
 */
export function runBatch(db: Database, writes: readonly Write[]): Promise<unknown[]> {
  return (db as unknown as { batch(w: readonly Write[]): Promise<unknown[]> }).batch(writes);
}
