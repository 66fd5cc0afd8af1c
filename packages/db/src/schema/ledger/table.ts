import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Ledger accounts are (organization, account, currency). `pending`/`payable`: what the platform owes a beneficiary
 * before and after its lock; `merchant_balance`: a postback merchant's funding (credited by top-ups, debited as
 * commission accrues); `stripe_clearing`: money held at Stripe for the platform.
 */
export const LEDGER_ACCOUNTS = ['pending', 'payable', 'merchant_balance', 'stripe_clearing'] as const;
export type LedgerAccount = (typeof LEDGER_ACCOUNTS)[number];

/**
 * One state change of money. Append-only; its postings sum to zero (checked before writing, and by the fault
 * simulation after). `idempotency_key` is unique: the same external input can never post twice. A change of an
 * order also carries the order revision it produced, unique per order (the optimistic lock of ADR 8).
 */
export const journalEntries = sqliteTable(
  'journal_entries',
  {
    id: text('id').primaryKey(),
    idempotencyKey: text('idempotency_key').notNull(),
    kind: text('kind').notNull(),
    currency: text('currency').notNull(),
    orderId: text('order_id'),
    orderRevision: integer('order_revision'),
    memo: text('memo'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('journal_entries_key').on(t.idempotencyKey),
    uniqueIndex('journal_entries_order_revision').on(t.orderId, t.orderRevision).where(sql`order_id is not null`),
  ],
);

/** A debit (positive) or credit (negative) of one account, in the currency's minor unit. */
export const ledgerPostings = sqliteTable(
  'ledger_postings',
  {
    id: text('id').primaryKey(),
    journalId: text('journal_id').notNull().references(() => journalEntries.id),
    orgId: text('org_id').notNull(),
    account: text('account').$type<LedgerAccount>().notNull(),
    currency: text('currency').notNull(),
    amount: integer('amount').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('ledger_postings_account').on(t.orgId, t.account, t.currency, t.amount), index('ledger_postings_journal').on(t.journalId)],
);

export type JournalEntry = typeof journalEntries.$inferSelect;
export type LedgerPosting = typeof ledgerPostings.$inferSelect;
