import { and, eq, inArray, sql } from 'drizzle-orm';
import { ledgerPostings, type Database, type LedgerAccount } from '@xuanpin/db';

export interface Balance {
  account: LedgerAccount;
  currency: string;
  /** Sum of the postings: debits positive, credits negative. */
  net: number;
  /** The balance as its holder reads it: owed to them / held for them (credit-normal accounts) is positive. */
  balance: number;
}

const CREDIT_NORMAL = new Set<LedgerAccount>(['pending', 'payable', 'merchant_balance']);

/** An organization's balances, derived from its postings (never stored). */
export async function balancesOf(db: Database, orgId: string, accounts?: LedgerAccount[]): Promise<Balance[]> {
  const rows = await db
    .select({ account: ledgerPostings.account, currency: ledgerPostings.currency, net: sql<number>`sum(${ledgerPostings.amount})` })
    .from(ledgerPostings)
    .where(and(eq(ledgerPostings.orgId, orgId), accounts ? inArray(ledgerPostings.account, accounts) : undefined))
    .groupBy(ledgerPostings.account, ledgerPostings.currency)
    .orderBy(ledgerPostings.account, ledgerPostings.currency);
  return rows.map((r) => ({ ...r, net: Number(r.net), balance: CREDIT_NORMAL.has(r.account) ? 0 - Number(r.net) : Number(r.net) }));
}

/** Journals whose postings do not sum to zero (there should be none): the `ledger.imbalances` figure. */
export async function imbalancedJournals(db: Database): Promise<number> {
  const [row] = await db.all<{ n: number }>(sql`select count(*) as n from (select journal_id from ledger_postings group by journal_id having sum(amount) <> 0)`);
  return Number(row?.n ?? 0);
}
