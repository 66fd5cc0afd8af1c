/**
 * The invariants, checked straight in SQL on the simulation's database, and the comparison of the database with
 * the model. Each returns a list of problems (empty when all holds).
 *
 * After every operation: the journals it wrote (balanced, keys unique, one accrual per order, one journal per order
 * revision), every balance against the model, and the orders it touched — row by row against the model and against
 * the line rules (nothing locked before its lock time or while held, nothing below zero, refunds within the base,
 * sums that add up). Every 25 operations, after a lock run that failed half-way, and at the end of a seed: the same
 * rules over every row, and the ledger against the commission lines organization by organization.
 */
import type { Model } from './model';
import type { SimDb } from './world';

type Arg = string | number | null;
async function rows(db: SimDb, sql: string, args: Arg[] = []) {
  return (await db.$libsql.execute({ sql, args })).rows as unknown as Record<string, unknown>[];
}
const nonZero = (r: Record<string, unknown>) => Object.entries(r).flatMap(([k, v]) => (Number(v ?? 0) !== 0 ? [`${k}: ${v}`] : []));

/** The journals written since `sinceRowid` (journal_entries' rowid), and the highest rowid now. */
export async function newJournals(db: SimDb, sinceRowid: number): Promise<{ problems: string[]; rowid: number }> {
  const fresh = await rows(
    db,
    `select j.rowid as rid, j.idempotency_key as key,
      (select coalesce(sum(amount), 0) from ledger_postings p where p.journal_id = j.id) as imbalanced,
      (select count(*) from ledger_postings p where p.journal_id = j.id and p.currency <> j.currency) as currency_mixed,
      (select count(*) from journal_entries k where k.idempotency_key = j.idempotency_key and k.id <> j.id) as duplicate_keys,
      (select count(*) from journal_entries k where k.order_id = j.order_id and k.order_revision = j.order_revision and k.id <> j.id) as duplicate_revisions,
      (select count(*) from journal_entries k where j.kind = 'order' and k.order_id = j.order_id and k.kind = 'order' and k.id <> j.id) as double_accruals
     from journal_entries j where j.rowid > ?`,
    [sinceRowid],
  );
  const problems: string[] = [];
  let rowid = sinceRowid;
  for (const { rid, key, ...counts } of fresh) {
    rowid = Math.max(rowid, Number(rid));
    for (const p of nonZero(counts)) problems.push(`journal ${key}: ${p}`);
  }
  return { problems, rowid };
}

/**
 * The line rules over some orders (a JSON array of ids) or all: no line locked/payable before its order's lock
 * time, without a confirmation or while held; no live commission line below zero or above its original; refunds
 * within each line's base; order totals and refunds equal to the sums of their lines and of their refunds.
 */
export async function lineRules(db: SimDb, ids: string[] | 'all'): Promise<string[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  const scope = (col: string) => (ids === 'all' ? '1' : `${col} in (select value from json_each(?1))`);
  const [r] = await rows(
    db,
    `select
      (select count(*) from commission_lines c join orders o on o.id = c.order_id
        where ${scope('c.order_id')} and c.status in ('locked', 'payable', 'in_payout', 'paid') and c.clawback_of is null
          and (o.lock_at is null or c.locked_at is null or c.locked_at < o.lock_at or c.hold_reason is not null or o.confirmed_at is null)) as early_locks,
      (select count(*) from commission_lines c where ${scope('c.order_id')} and c.clawback_of is null and (c.amount < 0 or c.amount > c.original)) as lines_out_of_bounds,
      (select count(*) from order_lines l where ${scope('l.order_id')} and (l.refunded < 0 or l.refunded > l.base)) as refunds_out_of_bounds,
      (select count(*) from orders o left join (select order_id, sum(base) as b, sum(refunded) as r from order_lines where ${scope('order_id')} group by order_id) l on l.order_id = o.id
        where ${scope('o.id')} and (o.refunded > o.total or o.total <> coalesce(l.b, 0) or o.refunded <> coalesce(l.r, 0))) as order_sums,
      (select count(*) from (select o.id from order_refunds f join orders o on o.id = f.order_id where ${scope('o.id')} group by o.id having sum(f.amount) <> max(o.refunded))) as refund_sums`,
    ids === 'all' ? [] : [JSON.stringify(ids)],
  );
  return nonZero(r);
}

/** Every row: the journal rules over the whole ledger, the line rules over every order, stock, the ledger vs the lines. */
export async function everything(db: SimDb): Promise<string[]> {
  const [r] = await rows(
    db,
    `select
      (select count(*) from (select journal_id from ledger_postings group by journal_id having sum(amount) <> 0)) as imbalanced,
      (select count(*) from (select idempotency_key from journal_entries group by idempotency_key having count(*) > 1)) as duplicate_keys,
      (select count(*) from (select order_id from journal_entries where order_id is not null group by order_id, order_revision having count(*) > 1)) as duplicate_revisions,
      (select count(*) from (select order_id from journal_entries where kind = 'order' group by order_id having count(*) > 1)) as double_accruals,
      (select count(*) from ledger_postings p left join journal_entries j on j.id = p.journal_id where j.id is null or p.currency <> j.currency) as orphan_postings,
      (select count(*) from skus where stock < 0) as negative_stock`,
  );
  const problems = [...nonZero(r), ...(await lineRules(db, 'all'))];
  // What the lines owe (positive) and the postings of those accounts (credit-normal: negative) must cancel.
  const owed = await rows(
    db,
    `select org_id, account, sum(n) as n from (
       select org_id, 'pending' as account, amount as n from commission_lines where status = 'pending'
       union all select org_id, 'payable', amount from commission_lines where status in ('locked', 'payable')
       union all select org_id, account, amount from ledger_postings where account in ('pending', 'payable')
     ) group by org_id, account having sum(n) <> 0`,
  );
  for (const o of owed) problems.push(`ledger ≠ commission lines for ${o.org_id} ${o.account}: off by ${o.n}`);
  return problems;
}

/** The balances per (organization, account, currency) against the model's. */
export async function balances(db: SimDb, model: Model, opts: { merge?: boolean } = {}): Promise<string[]> {
  const actual = new Map<string, number>();
  for (const r of await rows(db, 'select org_id, account, currency, sum(amount) as n from ledger_postings group by 1, 2, 3 having sum(amount) <> 0')) {
    actual.set(`${r.org_id}|${r.account}|${r.currency}`, Number(r.n));
  }
  let expected = model.balances();
  let got = actual;
  // After a lock run that failed half-way, some orders moved pending → payable and others did not: compare the
  // sum of the two, which no lock changes.
  if (opts.merge) {
    const merge = (m: Map<string, number>) => {
      const out = new Map<string, number>();
      for (const [k, v] of m) {
        const key = k.replace(/\|(pending|payable)\|/, '|owed|');
        out.set(key, (out.get(key) ?? 0) + v);
      }
      return new Map([...out].filter(([, v]) => v !== 0));
    };
    expected = merge(expected);
    got = merge(actual);
  }
  const problems: string[] = [];
  for (const k of new Set([...expected.keys(), ...got.keys()])) {
    if ((expected.get(k) ?? 0) !== (got.get(k) ?? 0)) problems.push(`balance ${k}: ledger ${got.get(k) ?? 0}, model ${expected.get(k) ?? 0}`);
  }
  return problems;
}

const PART_NAMES: Record<string, string> = { creatorNet: 'creator', providerNet: 'provider', secondProviderNet: 'second_provider', platformFeeOnCreator: 'platform_creator_fee', platformFeeOnProvider: 'platform_provider_fee' };

/** The named orders (or all) as the model has them: status, amounts, attribution, holds, lines, every commission line. */
export async function orders(db: SimDb, model: Model, ids: string[] | 'all'): Promise<string[]> {
  const list = ids === 'all' ? [...model.byId.values()] : [...new Set(ids)].map((id) => model.byId.get(id)!).filter(Boolean);
  if (list.length === 0) return [];
  const json = JSON.stringify(list.map((o) => o.orderId));
  const problems: string[] = [];
  const dbOrders = new Map<string, Record<string, unknown>>();
  for (const r of await rows(db, 'select * from orders where id in (select value from json_each(?))', [json])) dbOrders.set(String(r.id), r);
  const group = (list: Record<string, unknown>[], f: (r: Record<string, unknown>) => unknown[]) => {
    const m = new Map<string, string[]>();
    for (const r of list) m.set(String(r.order_id), [...(m.get(String(r.order_id)) ?? []), f(r).join(' ')]);
    return m;
  };
  const dbLines = group(
    await rows(
      db,
      `select c.order_id, l.line_no, c.part, c.org_id, c.amount, c.status, c.hold_reason, c.creator_rate_bps, c.service_fee_bps, c.platform_fee_bps, c.second_level_share_bps, c.terms_version
       from commission_lines c join order_lines l on l.id = c.order_line_id where c.order_id in (select value from json_each(?)) and c.clawback_of is null`,
      [json],
    ),
    (r) => [r.line_no, r.part, r.org_id, r.amount, r.status, r.hold_reason ?? '-', r.creator_rate_bps, r.service_fee_bps, r.platform_fee_bps, r.second_level_share_bps, r.terms_version],
  );
  const dbOrderLines = group(await rows(db, 'select order_id, line_no, sku_id, base, refunded, commissionable from order_lines where order_id in (select value from json_each(?))', [json]), (r) => [
    r.line_no,
    r.sku_id,
    r.base,
    r.refunded,
    Number(r.commissionable),
  ]);
  for (const o of list) {
    const d = dbOrders.get(o.orderId);
    if (!d) {
      problems.push(`order ${o.externalId} (${o.orderId}) missing`);
      continue;
    }
    const want = {
      status: o.status,
      refunded: o.lines.reduce((s, l) => s + l.refunded, 0),
      total: o.lines.reduce((s, l) => s + l.base, 0),
      confirmed_at: o.confirmedAt,
      lock_at: o.lockAt,
      attribution_reason: o.reason,
      hold_reason: o.hold,
      revision: o.revision,
      creator_org_id: o.creatorOrgId,
    };
    for (const [k, v] of Object.entries(want)) if ((d[k] ?? null) !== v && Number(d[k]) !== v) problems.push(`order ${o.externalId} ${k}: db ${d[k]}, model ${v}`);
    const lines = o.lines.map((l) => [l.lineNo, l.skuId, l.base, l.refunded, l.commissionable ? 1 : 0].join(' ')).sort();
    const gotLines = (dbOrderLines.get(o.orderId) ?? []).sort();
    if (lines.join('\n') !== gotLines.join('\n')) problems.push(`order ${o.externalId} lines:\n  db    ${gotLines.join('\n        ')}\n  model ${lines.join('\n        ')}`);
    const r = o.rates;
    const expected = model
      .commissionLines(o)
      .map((c) => [c.lineNo, PART_NAMES[c.part], c.orgId, c.amount, c.status, o.hold ?? '-', r.creatorRateBps, r.serviceFeeBps, r.platformFeeBps, r.secondLevelShareBps ?? 0, o.termsVersion].join(' '))
      .sort();
    const got = (dbLines.get(o.orderId) ?? []).sort();
    if (expected.join('\n') !== got.join('\n')) problems.push(`order ${o.externalId} commission lines:\n  db    ${got.join('\n        ')}\n  model ${expected.join('\n        ')}`);
  }
  return problems;
}

/** Stock of every SKU and the merchants' paused funding, against the model. */
export async function merchants(db: SimDb, model: Model): Promise<string[]> {
  const problems: string[] = [];
  for (const r of await rows(db, `select id, stock, null as paused from skus union all select id, null, funding_paused_at is not null from organizations where kind = 'merchant'`)) {
    if (r.stock !== null) {
      const want = model.stock.get(String(r.id));
      if (want !== undefined && want !== Number(r.stock)) problems.push(`stock of ${r.id}: db ${r.stock}, model ${want}`);
    } else if (Boolean(Number(r.paused)) !== model.paused.has(String(r.id))) problems.push(`funding of ${r.id}: db paused ${r.paused}, model ${model.paused.has(String(r.id))}`);
  }
  return problems;
}

/** A fingerprint of everything the pipeline writes: equal before and after an operation that rolled back. */
export async function fingerprint(db: SimDb): Promise<string> {
  const [r] = await rows(
    db,
    `select (select count(*) from orders) || '/' || (select count(*) from order_lines) || '/' || (select count(*) from commission_lines)
      || '/' || (select count(*) from journal_entries) || '/' || (select count(*) from ledger_postings) || '/' || (select count(*) from order_refunds)
      || '/' || (select count(*) from stock_moves) || '/' || (select coalesce(sum(stock), 0) from skus)
      || '/' || (select coalesce(sum(amount * 7 + length(status) + coalesce(locked_at, 0) % 1000), 0) from commission_lines)
      || '/' || (select coalesce(sum(revision * 3 + refunded + length(status) + coalesce(confirmed_at, 0) % 997), 0) from orders)
      || '/' || (select coalesce(sum(refunded), 0) from order_lines)
      || '/' || (select count(*) from organizations where funding_paused_at is not null) as f`,
  );
  return String(r.f);
}
