import { newId, isBalanced, type Posting } from '@xuanpin/core';
import { journalEntries, ledgerPostings, type Database } from '@xuanpin/db';
import { insertRows } from '../../lib/json-rows';
import type { Write } from '../skus/batch';

export interface JournalInput {
  /** Unique forever: the same external input (webhook, postback, refund id, lock run) can never post twice. */
  key: string;
  kind: 'order' | 'refund' | 'lock' | 'top_up' | 'reattribution' | 'cancel';
  currency: string;
  /** For a change of an order: the revision it produces (unique per order: the optimistic lock). */
  orderId?: string;
  orderRevision?: number;
  memo?: string;
  postings: readonly Posting[];
}

/**
 * The statements of journal entries and their postings, for the caller's `db.batch` (with the state change they
 * record, so both land or neither does). Refuses an unbalanced entry before anything is written.
 */
export function journalWrites(db: Database, entries: readonly JournalInput[], now: number): Write[] {
  if (entries.length === 0) return [];
  const journals: Record<string, unknown>[] = [];
  const postings: Record<string, unknown>[] = [];
  for (const e of entries) {
    if (!isBalanced(e.postings)) throw new Error(`journal ${e.key} does not balance`);
    const id = newId('journal', now);
    journals.push({ id, idempotencyKey: e.key, kind: e.kind, currency: e.currency, orderId: e.orderId ?? null, orderRevision: e.orderRevision ?? null, memo: e.memo ?? null, createdAt: now });
    for (const p of e.postings) postings.push({ id: newId('posting', now), journalId: id, orgId: p.orgId, account: p.account, currency: e.currency, amount: p.amount, createdAt: now });
  }
  const writes: Write[] = [insertRows(db, journalEntries, journals)];
  if (postings.length) writes.push(insertRows(db, ledgerPostings, postings));
  return writes;
}
