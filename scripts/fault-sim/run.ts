/**
 * One seed of the fault simulation: a world, then `ops` random operations through the REAL services
 * (workers/app/src/services/orders/*, ledger/*) — postback order calls mixing new orders, duplicates, conflicting
 * re-sends, bad input and orders held back to arrive late; confirmations; refunds by amount, by line and in full,
 * replayed and conflicting; cancels; lock runs; top-ups and funding runs; new clicks, rate and fee changes — with a
 * failure injected into some `db.batch` calls (a failing statement spliced in at a random position, or a unique
 * violation that the pipeline must treat as a concurrent writer). After every operation the answers are compared
 * with the model's and the invariants are checked (checks.ts). The first problem ends the seed.
 */
import { newId, topUpJournal, DAY_MS } from '@xuanpin/core';
import { fraudRules, platformFees } from '@xuanpin/db';
import type { OrderInput } from '../../workers/app/src/services/orders/input';
import { recordOrders, type RecordOutcome } from '../../workers/app/src/services/orders/record';
import { refundOrder, type RefundInput } from '../../workers/app/src/services/orders/refund';
import { confirmOrder } from '../../workers/app/src/services/orders/confirm';
import { runLocks } from '../../workers/app/src/services/orders/lock';
import { journalWrites } from '../../workers/app/src/services/ledger/write';
import { refreshFunding } from '../../workers/app/src/services/ledger/funding';
import { runBatch } from '../../workers/app/src/services/skus/batch';
import { ApiError } from '../../workers/app/src/lib/errors';
import * as check from './checks';
import { Model, type MOrder, type Sent } from './model';
import { seeded, type Random } from './random';
import { addClick, buildWorld, CURRENCY, HOUR_MS, PLATFORM_ID, type World } from './world';

/** The simulated clock starts here for every seed (a fixed time: a seed must replay exactly). */
export const T0 = 1_780_000_000_000;

export interface SeedResult {
  seed: number;
  ok: boolean;
  /** The operation (1-based) at which a problem was found. */
  op?: number;
  problems?: string[];
  log: string[];
  stats: Record<string, number>;
}

class Violation extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const INJECTED = 'fraud_rules.kind';
function messages(err: unknown): string {
  const out: string[] = [];
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) out.push(String((e as Error).message ?? e));
  return out.join(' <- ');
}

type Flavor = 'constraint' | 'unique';

/** Wraps the database's `batch` so that an armed call fails half-way with a statement spliced in. */
function injector(w: World) {
  const db = w.db as unknown as { batch(items: readonly unknown[]): Promise<unknown> };
  const batch = db.batch.bind(db);
  const state = { armed: null as null | { atCall: number; position: number; flavor: Flavor }, calls: 0, fired: false, firedAt: 0 };
  db.batch = (items) => {
    state.calls += 1;
    const a = state.armed;
    if (!a || state.calls !== a.atCall) return batch(items);
    state.armed = null;
    state.fired = true;
    const failing =
      a.flavor === 'unique'
        ? w.db.insert(fraudRules).values({ kind: 'self_purchase', enabled: true, updatedAt: 0 })
        : w.db.insert(fraudRules).values({ kind: null as never, enabled: true, updatedAt: 0 });
    const k = Math.min(items.length, Math.floor(a.position * (items.length + 1)));
    state.firedAt = k;
    return batch([...items.slice(0, k), failing, ...items.slice(k)]);
  };
  return {
    arm(r: Random, maxCall = 1) {
      state.armed = { atCall: r.int(1, maxCall), position: r(), flavor: r.chance(0.3) ? 'unique' : 'constraint' };
      state.calls = 0;
      state.fired = false;
    },
    disarm() {
      state.armed = null;
    },
    get fired() {
      return state.fired;
    },
    get flavor() {
      return state.armed?.flavor;
    },
    state,
  };
}

export async function runSeed(seed: number, ops: number, opts: { verbose?: boolean } = {}): Promise<SeedResult> {
  const r = seeded(seed);
  const log: string[] = [];
  const stats: Record<string, number> = {};
  const note = (s: string) => {
    log.push(s);
    if (opts.verbose) console.log(s);
  };
  const world = await buildWorld(r, T0);
  const db = world.db;
  const model = new Model(world);
  const inject = injector(world);
  let clock = T0;
  let n = 0;
  const sent: Sent[] = [];
  const held: Sent[] = [];
  const topUpKeys: { key: string; merchant: string; amount: number }[] = [];
  const bump = (k: string) => (stats[k] = (stats[k] ?? 0) + 1);

  const fail = (...problems: string[]) => {
    throw new Violation(problems);
  };
  const expectInjected = (err: unknown) => {
    if (!inject.fired || !messages(err).includes(INJECTED)) throw err;
    bump('aborted');
  };
  /** After an operation that failed on its injected statement: nothing it wrote may remain. */
  const expectUnchanged = async (before: string, what: string) => {
    const after = await check.fingerprint(db);
    if (after !== before) fail(`${what}: an aborted batch left writes behind (${before} → ${after})`);
  };

  // ── order inputs ──────────────────────────────────────────────────────────────────────────────────────────────
  const BUYER_POOL = ['Ann@buyers.test', ' ann@buyers.test ', 'bo@buyers.test'];
  function newInput(mIndex: number): Sent {
    const m = world.merchants[mIndex];
    const id = ++n;
    const lines: OrderInput['lines'] = [];
    for (let i = 0, k = r.int(1, 3); i < k; i++) {
      const sku = r.pick(m.skus);
      const quantity = r.int(1, 4);
      const unitPrice = r.chance(0.6) ? sku.price : r.pick([0, 1, r.int(0, 300_000)]);
      lines.push({ sku: r.chance(0.5) ? sku.id : sku.code, quantity, unitPrice, ...(r.chance(0.3) ? { discount: r.int(0, quantity * unitPrice) } : {}) });
    }
    const own = world.clicks.filter((c) => c.link.offer.merchantOrgId === m.orgId);
    const other = world.clicks.filter((c) => c.link.offer.merchantOrgId !== m.orgId);
    const p = r();
    // Mostly one of the merchant's recent clicks (a buyer who just came through a link).
    const click = p < 0.6 && own.length ? (r.chance(0.7) ? r.pick(own.slice(-4)) : r.pick(own)) : p < 0.66 && other.length ? r.pick(other) : null;
    const clickId = click ? click.id : p < 0.72 ? `clk_unknown${id}` : r.chance(0.5) ? null : undefined;
    const q = r();
    const creator = click ? world.creators.find((c) => c.orgId === click.link.creatorOrgId)! : r.pick(world.creators);
    const buyer = q < 0.3 ? undefined : q < 0.65 ? `b${seed}-${id}@buyers.test` : q < 0.88 ? r.pick(BUYER_POOL) : creator.email.toUpperCase();
    // Placed some time before now (orders arrive out of order), mostly after the buyer's click.
    const placedAt = click && click.at <= clock && r.chance(0.75) ? click.at + r.int(0, Math.min(clock - click.at, 4 * DAY_MS)) : clock - r.int(0, 72 * 60) * 60_000;
    const input: OrderInput = { externalId: `M${mIndex}-${id}`, clickId, currency: CURRENCY, placedAt, buyer, lines };
    let badPath: string | null = null;
    if (r.chance(0.06)) {
      const i = r.int(0, lines.length - 1);
      const kind = r.int(0, 3);
      if (kind === 0) {
        lines[i] = { ...lines[i], sku: `NOPE-${id}` };
        badPath = `lines[${i}].sku`;
      } else if (kind === 1) {
        input.currency = 'JPY';
        badPath = 'currency';
      } else if (kind === 2) {
        lines[i] = { ...lines[i], quantity: 0 };
        badPath = `lines[${i}].quantity`;
      } else {
        lines[i] = { ...lines[i], unitPrice: Math.max(1, lines[i].unitPrice), discount: lines[i].quantity * Math.max(1, lines[i].unitPrice) + 1 };
        badPath = `lines[${i}].discount`;
      }
    }
    return { merchantOrgId: m.orgId, input, badPath };
  }

  const pickOrder = (): MOrder | undefined => {
    const all = [...model.byId.values()];
    return all.length ? r.pick(all) : undefined;
  };

  // ── operations ────────────────────────────────────────────────────────────────────────────────────────────────
  async function opOrders(armed: boolean) {
    const mIndex = r.int(0, world.merchants.length - 1);
    const m = world.merchants[mIndex];
    const call: Sent[] = [];
    for (let i = 0, k = r.int(1, 5); i < k; i++) {
      const p = r();
      const mine = sent.filter((s) => s.merchantOrgId === m.orgId);
      const recorded = [...model.byId.values()].filter((o) => o.merchantOrgId === m.orgId);
      const late = held.findIndex((s) => s.merchantOrgId === m.orgId);
      if (p < 0.12 && mine.length) call.push(r.pick(mine));
      else if (p < 0.17 && recorded.length) {
        // The same external id with other content: a 409.
        const o = r.pick(recorded);
        const original = sent.find((s) => s.merchantOrgId === m.orgId && s.input.externalId === o.externalId)!;
        call.push({ ...original, input: { ...original.input, lines: original.input.lines.map((l, j) => (j === 0 ? { ...l, quantity: l.quantity + 1 } : l)) } });
      } else if (p < 0.3 && late >= 0) call.push(...held.splice(late, 1));
      else if (p < 0.37 && call.length) call.push(r.pick(call));
      else {
        const s = newInput(mIndex);
        // Some orders are held back and arrive later (their refunds and confirmations may come first).
        if (r.chance(0.12)) held.push(s);
        else call.push(s);
      }
    }
    if (call.length === 0) return note('orders: none sent');
    const rc = { merchantOrgId: m.orgId, source: 'postback' as const, now: clock };
    const inputs = call.map((s) => s.input);
    let out: RecordOutcome[];
    let mode: 'batch' | 'single' = 'batch';
    if (armed) {
      const before = await check.fingerprint(db);
      inject.arm(r);
      const flavor = inject.state.armed!.flavor;
      try {
        out = await recordOrders(db, rc, inputs);
        if (inject.fired) {
          if (flavor !== 'unique') fail('recordOrders succeeded although its batch failed');
          mode = 'single';
          bump('unique_recovered');
        }
      } catch (err) {
        expectInjected(err);
        await expectUnchanged(before, 'recordOrders');
        out = await recordOrders(db, rc, inputs);
      } finally {
        inject.disarm();
      }
    } else out = await recordOrders(db, rc, inputs);
    const { expected, created } = model.predictRecord(m.orgId, call, mode);
    const problems: string[] = [];
    expected.forEach((e, i) => {
      const a = out[i];
      const label = `input ${i} (${call[i].input.externalId})`;
      if (e.status === 'rejected') {
        if (a.status !== 'rejected' || a.error.code !== e.code || (a.error.path ?? null) !== e.path) problems.push(`${label}: expected rejected ${e.code} at ${e.path}, got ${a.status === 'rejected' ? `${a.error.code} at ${a.error.path}: ${a.error.message}` : a.status}`);
      } else if (a.status !== e.status) problems.push(`${label}: expected ${e.status}, got ${a.status}${a.status === 'rejected' ? ` ${a.error.code} ${a.error.path}: ${a.error.message}` : ''}`);
      else if (e.status === 'created') e.order.orderId = (a as { orderId: string }).orderId;
      else if ((a as { orderId: string }).orderId !== e.order.orderId) problems.push(`${label}: replay answered ${(a as { orderId: string }).orderId}, first answer was ${e.order.orderId}`);
    });
    if (problems.length) fail(...problems);
    for (const s of call) if (!sent.includes(s)) sent.push(s);
    model.commit(created, mode);
    for (const e of expected) bump(`order_${e.status}`);
    for (const o of created) {
      bump(`reason_${o.reason}`);
      if (o.hold) bump(`held_${o.hold}`);
    }
    note(`orders ${m.orgId.slice(-4)}: ${call.map((s, i) => `${s.input.externalId}→${out[i].status}`).join(' ')}${mode === 'single' ? ' (after a unique violation: one by one)' : ''}`);
    return expected.flatMap((e) => (e.status === 'rejected' ? [] : [e.order.orderId]));
  }

  async function opRefund(armed: boolean, cancel: boolean) {
    let order = pickOrder();
    let merchantOrgId = order?.merchantOrgId ?? world.merchants[0].orgId;
    let ref: { id?: string; externalId?: string } = order ? (r.chance(0.5) ? { id: order.orderId } : { externalId: order.externalId }) : { externalId: 'none' };
    const p = r();
    if (p < 0.08 && held.length) {
      // A refund that arrives before its order.
      const s = r.pick(held);
      order = undefined;
      merchantOrgId = s.merchantOrgId;
      ref = { externalId: s.input.externalId };
    } else if (p < 0.12 && order) {
      // Another merchant's order: not found.
      merchantOrgId = world.merchants.find((m) => m.orgId !== order!.merchantOrgId)!.orgId;
      order = undefined;
    }
    let input: RefundInput;
    const prior = order ? [...order.refunds.keys()] : [];
    if (prior.length && r.chance(0.2)) {
      const externalId = r.pick(prior);
      const [lines, amount, wasCancel] = JSON.parse(order!.refunds.get(externalId)!);
      input = r.chance(0.7) && wasCancel === cancel ? { externalId, ...(lines ? { lines } : {}), ...(amount !== null ? { amount } : {}) } : { externalId, amount: r.int(1, 50) };
    } else {
      const externalId = `R${++n}`;
      const left = order ? order.lines.reduce((s, l) => s + l.base - l.refunded, 0) : r.int(1, 10_000);
      const kind = cancel ? 'full' : r.pick(['amount', 'amount', 'lines', 'full']);
      if (kind === 'amount') input = { externalId, amount: r.chance(0.1) ? left + r.int(1, 5) : r.chance(0.2) ? Math.max(1, left) : r.int(1, Math.max(1, Math.ceil(left / 2))) };
      else if (kind === 'lines') {
        const lines = order?.lines ?? [{ lineNo: 1, base: 100, refunded: 0 }];
        input = {
          externalId,
          lines: Array.from({ length: r.int(1, 2) }, () => {
            const l = r.pick(lines);
            const rem = l.base - l.refunded;
            return { lineNo: r.chance(0.05) ? 9 : l.lineNo, amount: r.chance(0.1) ? rem + 1 : r.int(1, Math.max(1, rem)) };
          }),
        };
      } else input = { externalId };
      if (r.chance(0.2)) input.reason = 'returned';
    }
    const expected = model.predictRefund(order, input, cancel);
    const rc = { merchantOrgId, now: clock, cancel };
    let result: { status: string } | undefined;
    let error: { code: string; path: string | null; message: string } | undefined;
    const attempt = async () => {
      try {
        result = await refundOrder(db, rc, ref, input);
        error = undefined;
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        error = { code: err.code, path: err.path ?? null, message: err.message };
      }
    };
    if (armed) {
      const before = await check.fingerprint(db);
      inject.arm(r);
      try {
        await attempt();
        if (inject.fired) bump('unique_recovered');
      } catch (err) {
        expectInjected(err);
        await expectUnchanged(before, 'refundOrder');
        await attempt();
      } finally {
        inject.disarm();
      }
    } else await attempt();
    const what = `${cancel ? 'cancel' : 'refund'} ${JSON.stringify(input)} of ${order?.externalId ?? JSON.stringify(ref)}`;
    if ('error' in expected) {
      if (!error || error.code !== expected.error.code || (expected.error.path && error.path !== expected.error.path)) fail(`${what}: expected ${expected.error.code} at ${expected.error.path}, got ${error ? `${error.code} at ${error.path}: ${error.message}` : result?.status}`);
      bump(`refund_${expected.error.code}`);
    } else if ('replayed' in expected) {
      if (result?.status !== 'replayed') fail(`${what}: expected a replay, got ${error ? `${error.code}: ${error.message}` : result?.status}`);
      bump('refund_replayed');
    } else {
      if (result?.status !== 'created') fail(`${what}: expected it recorded, got ${error ? `${error.code} at ${error.path}: ${error.message}` : result?.status}`);
      model.applyRefund(order!, input, cancel, expected.amounts);
      bump(cancel ? 'cancelled' : 'refunded');
    }
    note(`${what} → ${error ? error.code : result?.status}`);
    return order ? [order.orderId] : [];
  }

  async function opConfirm() {
    // Mostly orders that earn commission and can still lock, so that lock runs have work.
    const candidates = [...model.byId.values()].filter((o) => o.attributed && o.status === 'paid');
    let order = candidates.length && r.chance(0.7) ? r.pick(candidates) : pickOrder();
    let merchantOrgId = order?.merchantOrgId ?? world.merchants[0].orgId;
    let ref: { id?: string; externalId?: string } = order ? { id: order.orderId } : { externalId: 'none' };
    if (r.chance(0.1) && held.length) {
      const s = r.pick(held);
      order = undefined;
      merchantOrgId = s.merchantOrgId;
      ref = { externalId: s.input.externalId };
    }
    const at = r.chance(0.7) ? clock : clock - r.int(0, 4 * 24) * HOUR_MS;
    const expected = model.predictConfirm(order, at);
    let error: { code: string; path: string | null; message: string } | undefined;
    try {
      await confirmOrder(db, { merchantOrgId, now: clock }, ref, at);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      error = { code: err.code, path: err.path ?? null, message: err.message };
    }
    const what = `confirm ${order?.externalId ?? ref.externalId} at T+${((at - T0) / HOUR_MS).toFixed(1)}h`;
    if ('error' in expected) {
      if (!error || error.code !== expected.error.code) fail(`${what}: expected ${expected.error.code}, got ${error ? `${error.code}: ${error.message}` : 'success'}`);
    } else {
      if (error) fail(`${what}: expected success, got ${error.code}: ${error.message}`);
      if (expected.changes) model.applyConfirm(order!, at);
    }
    bump('error' in expected ? `confirm_${expected.error.code}` : 'confirmed');
    note(`${what} → ${error?.code ?? 'ok'}`);
    return order ? [order.orderId] : [];
  }

  async function opLock(armed: boolean) {
    if (r.chance(0.5)) clock += r.int(0, 5 * 24) * HOUR_MS;
    const options = { batchSize: r.int(1, 6), maxBatches: 1_000_000 };
    const dueBefore = [...model.byId.values()].filter((o) => o.stage === 'pending').map((o) => o.orderId);
    if (armed) {
      const before = await check.fingerprint(db);
      inject.arm(r, 3);
      let threw = false;
      try {
        await runLocks(db, clock, options);
      } catch (err) {
        expectInjected(err);
        threw = true;
      } finally {
        inject.disarm();
      }
      if (inject.fired) {
        // A batch that failed rolled back entirely; the batches before it stand. What any lock run leaves must hold.
        if (threw && inject.state.calls === 1) await expectUnchanged(before, 'runLocks');
        const problems = [...(await check.everything(db)), ...(await check.balances(db, model, { merge: true }))];
        if (problems.length) fail('after a lock run failed half-way:', ...problems);
      }
    }
    const stagesBefore = new Map(dueBefore.map((id) => [id, model.byId.get(id)!.stage]));
    const res = await runLocks(db, clock, options);
    model.applyLocks(clock);
    const lockedNow = dueBefore.filter((id) => model.byId.get(id)!.stage !== 'pending' && stagesBefore.get(id) === 'pending').length;
    if (!armed && res.ordersLocked !== lockedNow) fail(`lock run at T+${((clock - T0) / DAY_MS).toFixed(2)}d locked ${res.ordersLocked} orders, the model ${lockedNow}`);
    stats.locked = (stats.locked ?? 0) + lockedNow;
    const changed = dueBefore.filter((id) => model.byId.get(id)!.stage !== 'pending');
    note(`lock run at T+${((clock - T0) / DAY_MS).toFixed(2)}d (batch ${options.batchSize}): ${res.ordersLocked} orders, ${res.linesPayable} lines payable`);
    // The orders it locked are compared line by line; any other change shows in the balances (and at the end).
    return changed;
  }

  async function opTopUp(armed: boolean) {
    const replay = topUpKeys.length > 0 && r.chance(0.15);
    const t = replay ? r.pick(topUpKeys) : { key: `topup:${++n}`, merchant: r.pick(world.merchants).orgId, amount: r.pick([1, r.int(1, 20_000), r.int(10_000, 2_000_000)]) };
    const write = () => runBatch(db, journalWrites(db, [{ key: t.key, kind: 'top_up', currency: CURRENCY, memo: 'fault-sim', postings: topUpJournal(t.merchant, PLATFORM_ID, t.amount) }], clock));
    const before = await check.fingerprint(db);
    // (A replayed top-up fails on its own unique key first: no injected failure needed.)
    if (armed && !replay) {
      inject.arm(r);
      try {
        await write();
        fail('a top-up succeeded although its batch failed');
      } catch (err) {
        if (err instanceof Violation) throw err;
        expectInjected(err);
        await expectUnchanged(before, 'top-up');
      } finally {
        inject.disarm();
      }
    }
    try {
      await write();
      if (replay) fail(`top-up ${t.key} was recorded twice`);
      model.topUp(t.merchant, t.amount);
      bump('top_ups');
    } catch (err) {
      if (err instanceof Violation) throw err;
      if (!replay || !/UNIQUE constraint failed/.test(messages(err))) throw err;
      await expectUnchanged(before, 'replayed top-up');
      bump('top_up_replays');
    }
    if (!replay) topUpKeys.push(t);
    await refreshFunding(db, clock, t.merchant);
    model.refreshFunding(t.merchant);
    note(`top-up ${t.key} ${t.amount} → ${t.merchant.slice(-4)}${replay ? ' (replay: refused)' : ''}`);
    return [];
  }

  // ── the run ───────────────────────────────────────────────────────────────────────────────────────────────────
  const table: [number, string][] = [
    [28, 'orders'],
    [14, 'refund'],
    [3, 'cancel'],
    [12, 'confirm'],
    [8, 'lock'],
    [8, 'click'],
    [4, 'topUp'],
    [2, 'funding'],
    [5, 'time'],
    [1, 'fee'],
  ];
  const weight = table.reduce((s, [w]) => s + w, 0);
  let k = 0;
  let journalRowid = 0;
  try {
    for (k = 1; k <= ops; k++) {
      clock += r.int(0, 30) * 60_000;
      let x = r() * weight;
      const kind = table.find(([w]) => (x -= w) < 0)![1];
      const armed = r.chance(0.12);
      if (opts.verbose) console.log(`#${k} ${kind}${armed ? ' (a batch will fail)' : ''}`);
      let touched: string[] = [];
      switch (kind) {
        case 'orders':
          touched = (await opOrders(armed)) ?? [];
          break;
        case 'refund':
          touched = await opRefund(armed, false);
          break;
        case 'cancel':
          touched = await opRefund(armed, true);
          break;
        case 'confirm':
          touched = await opConfirm();
          break;
        case 'lock':
          touched = await opLock(armed);
          break;
        case 'topUp':
          touched = await opTopUp(armed);
          break;
        case 'click': {
          const c = await addClick(world, r, clock - r.int(0, 120) * 60_000);
          note(`click ${c.id} on ${c.link.offer.enrollmentStatus} offer of ${c.link.offer.merchantOrgId.slice(-4)}${c.bot ? ' (bot)' : ''}`);
          break;
        }
        case 'funding': {
          await refreshFunding(db, clock);
          model.refreshFunding();
          note('funding run');
          break;
        }
        case 'time':
          clock += r.int(1, 36) * HOUR_MS;
          note(`time → T+${((clock - T0) / DAY_MS).toFixed(2)}d`);
          break;
        case 'fee': {
          const version = world.fees.length + 1;
          const fee = { version, feeBps: r.int(0, 3_000), effectiveAt: clock + r.int(0, 48) * HOUR_MS };
          await db.insert(platformFees).values({ id: newId('platformFee', clock), version, feeBps: fee.feeBps, effectiveAt: fee.effectiveAt, createdBy: null, createdAt: clock });
          world.fees.push(fee);
          note(`platform fee v${version}: ${fee.feeBps} bps from T+${((fee.effectiveAt - T0) / HOUR_MS).toFixed(1)}h`);
          break;
        }
      }
      bump(`op_${kind}`);
      const journals = await check.newJournals(db, journalRowid);
      journalRowid = journals.rowid;
      const problems = [
        ...journals.problems,
        ...(await check.balances(db, model)),
        ...(await check.lineRules(db, touched)),
        ...(await check.orders(db, model, touched)),
        ...(kind === 'orders' || kind === 'topUp' || kind === 'funding' || kind === 'lock' ? await check.merchants(db, model) : []),
        ...(k % 25 === 0 ? await check.everything(db) : []),
      ];
      if (problems.length) fail(...problems);
    }
    const end = [...(await check.everything(db)), ...(await check.orders(db, model, 'all')), ...(await check.merchants(db, model))];
    if (end.length) {
      k = ops;
      fail(...end);
    }
    return { seed, ok: true, log, stats };
  } catch (err) {
    const problems = err instanceof Violation ? err.problems : [`threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}${messages(err) !== String((err as Error)?.message) ? `\n  causes: ${messages(err)}` : ''}`];
    return { seed, ok: false, op: k, problems, log, stats };
  } finally {
    world.db.$libsql.close();
  }
}
