import { describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { allocate, PAYABLE_PARTS } from '@xuanpin/core';
import { commissionLines, journalEntries, orders } from '@xuanpin/db';
import { createApiKey, createTenant } from '@xuanpin/db/test/factories';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { call, db } from '../../../test/security';
import { balancesOf, imbalancedJournals } from '../../services/ledger/balances';
import { callsOf } from '../../services/orders/batch';
import type { OrderInput } from '../../services/orders/input';
import { extId, postbackSetup } from './test-helpers';

const batch = (key: string, list: unknown[]) => call('POST', '/v1/orders/batch', { key, body: { orders: list } });
type Result = { externalId: string; status: string; orderId?: string; error?: { code: string; path?: string } };

describe('POST /v1/orders/batch', () => {
  it('records each order on its own: created, replayed, rejected with its field, in the order sent', async () => {
    const s = await postbackSetup();
    const a = s.body({ buyer: 'buyer-a@example.test' });
    const b = s.body({ clickId: null });
    const unknownSku = s.body({ lines: [{ sku: 'NO-SUCH-SKU', quantity: 1, unitPrice: 100 }] });
    const otherContent = { ...a, placedAt: a.placedAt - 1 };
    const wrongCurrency = s.body({ currency: 'JPY' });
    const zeroQuantity = s.body({ lines: [{ sku: s.sku.code, quantity: 1, unitPrice: 100 }, { sku: s.sku.code, quantity: 0, unitPrice: 100 }] });
    const res = await batch(s.merchant.key, [a, b, unknownSku, a, otherContent, wrongCurrency, zeroQuantity]);
    expect(res.status, res.text).toBe(200);
    const r: Result[] = res.body.results;
    expect(r.map((x) => [x.externalId, x.status])).toEqual([
      [a.externalId, 'created'],
      [b.externalId, 'created'],
      [unknownSku.externalId, 'rejected'],
      [a.externalId, 'replayed'],
      [a.externalId, 'rejected'],
      [wrongCurrency.externalId, 'rejected'],
      [zeroQuantity.externalId, 'rejected'],
    ]);
    expect(r[3].orderId).toBe(r[0].orderId);
    expect(r[2].error).toMatchObject({ code: 'validation_failed', path: 'lines[0].sku' });
    expect(r[4].error).toMatchObject({ code: 'conflict', path: 'externalId' });
    expect(r[5].error).toMatchObject({ code: 'validation_failed', path: 'currency' });
    expect(r[6].error).toMatchObject({ code: 'validation_failed', path: 'lines[1].quantity' });
    expect(res.body.counts).toEqual({ created: 2, replayed: 1, rejected: 4 });

    // Only the two good orders were written: the attributed one with its split, the other without commission.
    const rows = await db().select().from(orders).where(eq(orders.merchantOrgId, s.merchant.org.id));
    expect(rows.map((o) => o.externalId).sort()).toEqual([a.externalId, b.externalId].sort());
    const byExt = Object.fromEntries(rows.map((o) => [o.externalId, o]));
    expect(byExt[a.externalId]).toMatchObject({ source: 'postback', attribution: 'attributed', attributionReason: 'attributed', total: 5_500, creatorOrgId: s.creator.org.id });
    expect(byExt[b.externalId]).toMatchObject({ attribution: 'unattributed', attributionReason: 'no_click_id' });
    const lines = await db().select().from(commissionLines).where(eq(commissionLines.merchantOrgId, s.merchant.org.id));
    expect(lines.every((l) => l.orderId === r[0].orderId)).toBe(true);
    const split = allocate(5_500, { creatorRateBps: 2_000, serviceFeeBps: 500, platformFeeBps: 1_000 });
    expect(lines.reduce((t, l) => t + l.amount, 0)).toBe(PAYABLE_PARTS.filter((p) => p !== 'merchantNet').reduce((t, p) => t + split[p], 0));
    // The merchant owes the commission (creator and provider gross, fees included): 5,500 × 25 %.
    expect(await balancesOf(db(), s.merchant.org.id)).toEqual([{ account: 'merchant_balance', currency: 'CNY', net: 1_375, balance: -1_375 }]);
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('answers a retried call with the same ids and writes nothing more', async () => {
    const s = await postbackSetup();
    const list = [s.body(), s.body(), s.body({ clickId: null })];
    const first = await batch(s.merchant.key, list);
    expect(first.status, first.text).toBe(200);
    const journals = async () => (await db().select({ id: journalEntries.id }).from(journalEntries).where(inArray(journalEntries.orderId, first.body.results.map((x: Result) => x.orderId)))).length;
    expect(await journals()).toBe(3);
    const again = await batch(s.merchant.key, list);
    expect(again.status, again.text).toBe(200);
    expect(again.body.results).toEqual(first.body.results.map((x: Result) => ({ ...x, status: 'replayed' })));
    expect(again.body.counts).toEqual({ created: 0, replayed: 3, rejected: 0 });
    expect(await journals()).toBe(3);
  });

  it('records 500 orders in one call: every split, one balanced journal each', async () => {
    const s = await postbackSetup();
    const list = Array.from({ length: 500 }, (_, i) => s.body({ lines: [{ sku: s.sku.code, quantity: 1 + (i % 3), unitPrice: 1_000 + i * 7, discount: i % 5 }] }));
    const res = await batch(s.merchant.key, list);
    expect(res.status, res.text.slice(0, 500)).toBe(200);
    expect(res.body.counts).toEqual({ created: 500, replayed: 0, rejected: 0 });
    const ids: string[] = res.body.results.map((x: Result) => x.orderId);
    expect(new Set(ids).size).toBe(500);
    const recorded = await db().select({ total: orders.total }).from(orders).where(eq(orders.merchantOrgId, s.merchant.org.id));
    expect(recorded.reduce((t, o) => t + o.total, 0)).toBe(list.reduce((t, o) => t + o.lines[0].quantity * o.lines[0].unitPrice - o.lines[0].discount, 0));
    const owed = await db().select({ amount: commissionLines.amount }).from(commissionLines).where(eq(commissionLines.merchantOrgId, s.merchant.org.id));
    const [merchant] = await balancesOf(db(), s.merchant.org.id);
    expect(merchant.net).toBe(owed.reduce((t, l) => t + l.amount, 0));
    const journals = await db().select({ id: journalEntries.id }).from(journalEntries).where(and(eq(journalEntries.kind, 'order'), inArray(journalEntries.orderId, ids.slice(0, 90))));
    expect(journals).toHaveLength(90);
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('answers 400 naming the field when the body is not of the documented shape', async () => {
    const s = await postbackSetup();
    const cases: [unknown, string][] = [
      [{ orders: [] }, 'orders'],
      [{ orders: Array.from({ length: 501 }, () => s.body()) }, 'orders'],
      [{ orders: [s.body(), { ...s.body(), extra: 1 }] }, 'orders.1.extra'],
      [{ orders: [s.body({ lines: [{ sku: s.sku.code, quantity: '2', unitPrice: 100 }] })] }, 'orders.0.lines.0.quantity'],
      [{ orders: [s.body({ currency: 'XXX' })] }, 'orders.0.currency'],
      [{ order: [s.body()] }, 'orders'],
    ];
    for (const [body, path] of cases) {
      const res = await call('POST', '/v1/orders/batch', { key: s.merchant.key, body });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error, res.text).toMatchObject({ code: 'validation_failed', path });
    }
    expect(await db().select().from(orders).where(eq(orders.merchantOrgId, s.merchant.org.id))).toHaveLength(0);
  });

  it("never reaches another merchant's catalog or clicks", async () => {
    const s = await postbackSetup();
    const other = await createTenant(db(), 'merchant');
    const { skus } = await createProduct(db(), other.org.id);
    const mine = await postbackSetup();
    const res = await batch(other.key, [
      { externalId: extId(), currency: 'CNY', placedAt: Date.now(), lines: [{ sku: s.sku.code, quantity: 1, unitPrice: 100 }] },
      { externalId: extId(), clickId: mine.click.id, currency: 'CNY', placedAt: Date.now(), lines: [{ sku: skus[0].code, quantity: 1, unitPrice: 100 }] },
    ]);
    expect(res.status, res.text).toBe(200);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'validation_failed', path: 'lines[0].sku' } });
    expect(res.body.results[0].error.message).not.toContain(s.sku.id);
    const [o] = await db().select().from(orders).where(eq(orders.id, res.body.results[1].orderId));
    expect(o).toMatchObject({ attribution: 'unattributed', attributionReason: 'click_not_found', creatorOrgId: null });
    expect(await db().select().from(commissionLines).where(eq(commissionLines.orderId, o.id))).toHaveLength(0);
  });

  it('is for merchants: another kind of organization gets 403', async () => {
    const creator = await createTenant(db(), 'creator');
    const key = await createApiKey(db(), creator.org.id, { scopes: ['orders:write'] });
    const res = await batch(key.key, [{ externalId: extId(), currency: 'CNY', placedAt: Date.now(), lines: [{ sku: 'X', quantity: 1, unitPrice: 1 }] }]);
    expect(res.status, res.text).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });
});

describe('callsOf', () => {
  const order = (lines: number): OrderInput => ({ externalId: extId(), currency: 'CNY', placedAt: 1, lines: Array.from({ length: lines }, () => ({ sku: 'S', quantity: 1, unitPrice: 1 })) });
  it('cuts a long batch into pipeline calls without splitting an order, keeping the order', () => {
    const many = Array.from({ length: 600 }, () => order(1));
    expect(callsOf(many).map((c) => c.length)).toEqual([250, 250, 100]);
    expect(callsOf(many).flat()).toEqual(many);
    expect(callsOf(Array.from({ length: 25 }, () => order(100))).map((c) => c.length)).toEqual([10, 10, 5]);
    expect(callsOf([order(1), order(100), order(1)]).map((c) => c.length)).toEqual([3]);
  });
});
