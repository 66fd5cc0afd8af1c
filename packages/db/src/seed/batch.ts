import type { BatchItem } from 'drizzle-orm/batch';
import type { Database } from '../client';

/** D1 runs at most 100 statements per batch and binds at most 100 parameters per statement. */
export const MAX_BATCH_STATEMENTS = 100;
export const MAX_PARAMS = 90;

export type Statement = BatchItem<'sqlite'>;

/**
 * Runs groups of statements in as few `db.batch` calls as fit, never splitting a group: a row and the rows that
 * belong to it (a product and its SKUs, an offer and its rate versions) are written together or not at all, so an
 * interrupted seed leaves nothing half-made for the next run to trip over.
 */
export async function runGrouped(db: Database, groups: readonly Statement[][]): Promise<void> {
  let batch: Statement[] = [];
  const flush = async () => {
    if (batch.length > 0) await db.batch(batch as [Statement, ...Statement[]]);
    batch = [];
  };
  for (const group of groups) {
    if (group.length > MAX_BATCH_STATEMENTS) throw new Error(`demo seed: a group of ${group.length} statements does not fit in one batch`);
    if (batch.length + group.length > MAX_BATCH_STATEMENTS) await flush();
    batch.push(...group);
  }
  await flush();
}

/** Splits `items` so that a statement binding one parameter per item stays within D1's limit. */
export function chunked<T>(items: readonly T[], size = MAX_PARAMS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
