import type { BatchItem } from 'drizzle-orm/batch';
import type { Database } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';

export type Write = BatchItem<'sqlite'>;

/** True when a database error (possibly wrapped by drizzle) is a unique-constraint violation. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    if (/UNIQUE constraint failed/i.test(String((e as Error).message ?? e))) return true;
  }
  return false;
}

/**
 * Runs writes as one atomic `db.batch` (D1 has no interactive transactions). A unique-constraint violation,
 * which means a concurrent request got there first, answers 409 with `conflictMessage`.
 */
export async function commit(db: Database, writes: Write[], conflictMessage = 'This conflicts with a concurrent change; retry.') {
  if (writes.length === 0) return;
  try {
    await (db as Database & { batch: (w: [Write, ...Write[]]) => Promise<unknown> }).batch(writes as [Write, ...Write[]]);
  } catch (err) {
    if (isUniqueViolation(err)) throw new ApiError('conflict', conflictMessage);
    throw err;
  }
}
