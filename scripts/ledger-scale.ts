/**
 * Money work at a million rows: the ledger's derived balances and the funding refresh, timed on a ledger of 10,000
 * postings and on one of 1,000,000 (libSQL `:memory:` with the real migrations, the same queries the Worker runs).
 * A probe organization has the same 1,000 postings in both, so the ratio of its balance times says whether the
 * cost follows the organization's own rows (≈ 1) or the table's (≈ 100). Prints one JSON object.
 * `corepack pnpm bench` runs it (bench/ledger-scale.mjs); alone: `corepack pnpm exec tsx scripts/ledger-scale.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { libsqlDatabase, PLATFORM_ORGANIZATION } from '@xuanpin/db';
import { balancesOf } from '../workers/app/src/services/ledger/balances';
import { refreshFunding } from '../workers/app/src/services/ledger/funding';

const MIGRATIONS = path.resolve(import.meta.dirname, '../migrations');
const PROBE = 'org_probe';
const PROBE_JOURNALS = 1_000;
const REPEATS = 31;
const WARM_UP = 5;

/** A ledger of `postings` postings: order journals of 4 postings (merchant, provider, creator, platform), balanced. */
async function ledgerOf(postings: number) {
  const db = libsqlDatabase(':memory:');
  for (const file of readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')).sort()) {
    for (const statement of readFileSync(path.join(MIGRATIONS, file), 'utf8').split('--> statement-breakpoint')) {
      if (statement.trim()) await db.$libsql.execute(statement);
    }
  }
  const journals = postings / 4;
  // 100 merchants, 100 providers, 800 creators and the probe (a creator whose journals are the first 1,000).
  await db.$libsql.executeMultiple(`
    insert into organizations (id, name, slug, kind, locale, created_at, updated_at)
      with recursive n(i) as (select 0 union all select i + 1 from n where i < 999)
      select 'org_s' || i, 's' || i, 's' || i, case when i < 100 then 'merchant' when i < 200 then 'provider' else 'creator' end, 'en', 0, 0 from n;
    insert into organizations (id, name, slug, kind, locale, created_at, updated_at) values ('${PROBE}', 'probe', 'probe', 'creator', 'en', 0, 0);
    insert into journal_entries (id, idempotency_key, kind, currency, created_at)
      with recursive n(i) as (select 0 union all select i + 1 from n where i < ${journals - 1})
      select 'jrn_' || i, 'order:' || i, 'order', 'CNY', i from n;
    insert into ledger_postings (id, journal_id, org_id, account, currency, amount, created_at)
      select 'lp1_' || rowid, id, 'org_s' || (rowid % 100), 'merchant_balance', 'CNY', 1000, created_at from journal_entries;
    insert into ledger_postings (id, journal_id, org_id, account, currency, amount, created_at)
      select 'lp2_' || rowid, id, 'org_s' || (100 + rowid % 100), 'pending', 'CNY', -200, created_at from journal_entries;
    insert into ledger_postings (id, journal_id, org_id, account, currency, amount, created_at)
      select 'lp3_' || rowid, id, case when rowid <= ${PROBE_JOURNALS} then '${PROBE}' else 'org_s' || (200 + rowid % 800) end, 'pending', 'CNY', -700, created_at from journal_entries;
    insert into ledger_postings (id, journal_id, org_id, account, currency, amount, created_at)
      select 'lp4_' || rowid, id, '${PLATFORM_ORGANIZATION.id}', 'pending', 'CNY', -100, created_at from journal_entries;
  `);
  return db;
}

/** Median milliseconds of `REPEATS` runs, after `WARM_UP` more; the last answer is checked by the caller. */
async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; answer: T }> {
  let answer = await f();
  for (let i = 1; i < WARM_UP; i++) answer = await f();
  const ms: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    answer = await f();
    ms.push(performance.now() - t0);
  }
  return { ms: ms.sort((a, b) => a - b)[REPEATS >> 1]!, answer };
}

async function measure(postings: number) {
  const db = await ledgerOf(postings);
  const probe = await timed(() => balancesOf(db, PROBE));
  if (probe.answer[0]?.net !== -700 * PROBE_JOURNALS) throw new Error(`probe balance ${JSON.stringify(probe.answer)}`);
  const platform = await timed(() => balancesOf(db, PLATFORM_ORGANIZATION.id));
  if (platform.answer[0]?.net !== (-100 * postings) / 4) throw new Error(`platform balance ${JSON.stringify(platform.answer)}`);
  const funding = await timed(() => refreshFunding(db, Date.now()));
  db.$libsql.close();
  return { postings, probeMs: probe.ms, platformMs: platform.ms, fundingMs: funding.ms };
}

const small = await measure(10_000);
const large = await measure(1_000_000);
console.log(JSON.stringify({ small, large, probeRatio: large.probeMs / small.probeMs }));
