import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { commissionLines, orderRefunds } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { balancesOf, imbalancedJournals } from '../../services/ledger/balances';
import { postbackSetup } from './test-helpers';

const parts = (o: any) => Object.fromEntries(o.commissions.map((c: any) => [c.part, c.amount]));

describe('POST /v1/orders/{id}/refunds', () => {
  it('refunds part of an order pro rata, repeatedly, and answers a replay with 200 and the same refund', async () => {
    const s = await postbackSetup();
    const o = await s.order({ lines: [{ sku: s.sku.code, quantity: 1, unitPrice: 10_000 }] });
    const refund = (body: unknown) => call('POST', `/v1/orders/${o.id}/refunds`, { key: s.merchant.key, body });
    const r1 = await refund({ externalId: 'R1', amount: 2_500, reason: 'one cup broken' });
    expect(r1.status, r1.text).toBe(201);
    expect(r1.body).toMatchObject({ id: o.id, refunded: 2_500, status: 'paid', refund: { externalId: 'R1', amount: 2_500, lines: [{ lineNo: 1, amount: 2_500 }], reason: 'one cup broken' } });
    expect(r1.body.lines[0].refunded).toBe(2_500);
    // 7,500 remains: creator gross 1,500 (1,350 + 150), provider gross 375 (337 + 38).
    expect(parts(r1.body)).toEqual({ creator: 1_350, platform_creator_fee: 150, provider: 337, platform_provider_fee: 38 });
    const again = await refund({ externalId: 'R1', amount: 2_500, reason: 'one cup broken' });
    expect(again.status, again.text).toBe(200);
    expect(again.body).toEqual(r1.body);
    const clash = await refund({ externalId: 'R1', amount: 2_000 });
    expect(clash.status, clash.text).toBe(409);
    expect(clash.body.error.path).toBe('externalId');
    const r2 = await refund({ externalId: 'R2', lines: [{ lineNo: 1, amount: 5_000 }] });
    expect(r2.status, r2.text).toBe(201);
    expect(r2.body.refunded).toBe(7_500);
    expect(parts(r2.body)).toEqual({ creator: 450, platform_creator_fee: 50, provider: 112, platform_provider_fee: 13 });
    // The merchant pays exactly the commission of what remains.
    expect((await balancesOf(db(), s.merchant.org.id))[0].balance).toBe(-(450 + 50 + 112 + 13));
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('refuses a refund larger than remains, naming the field, and writes nothing', async () => {
    const s = await postbackSetup();
    const o = await s.order({
      lines: [
        { sku: s.sku.code, quantity: 1, unitPrice: 3_000 },
        { sku: s.sku.code, quantity: 1, unitPrice: 1_000 },
      ],
    });
    const refund = (body: unknown) => call('POST', `/v1/orders/${o.id}/refunds`, { key: s.merchant.key, body });
    expect((await refund({ externalId: 'A', amount: 1_000 })).status).toBe(201);
    const cases: [unknown, string][] = [
      [{ externalId: 'B', amount: 3_001 }, 'amount'],
      [{ externalId: 'B', amount: 0 }, 'amount'],
      [{ externalId: 'B', amount: 1.5 }, 'amount'],
      [{ externalId: 'B', lines: [{ lineNo: 2, amount: 500 }, { lineNo: 2, amount: 500 }] }, 'lines[1].amount'],
      [{ externalId: 'B', lines: [{ lineNo: 1, amount: 3_000 }] }, 'lines[0].amount'],
      [{ externalId: 'B', lines: [{ lineNo: 3, amount: 1 }] }, 'lines[0].lineNo'],
      [{ externalId: 'B', lines: [{ lineNo: 1, amount: -5 }] }, 'lines[0].amount'],
      [{ externalId: 'B', lines: [{ lineNo: 1, amount: 5 }], amount: 5 }, 'lines'],
      [{ externalId: 'B', lines: [] }, 'lines'],
      [{ externalId: '' }, 'externalId'],
      [{ amount: 5 }, 'externalId'],
      [{ externalId: 'B', amount: '5' }, 'amount'],
      [{ externalId: 'B', note: 'x' }, 'note'],
    ];
    for (const [body, path] of cases) {
      const res = await refund(body);
      expect(res.status, `${JSON.stringify(body)} → ${res.text}`).toBe(400);
      expect(res.body.error.path, res.text).toBe(path);
    }
    const recorded = await db().select().from(orderRefunds).where(eq(orderRefunds.orderId, o.id));
    expect(recorded.map((r) => r.externalId)).toEqual(['A']);
  });

  it('refunds everything that remains when given neither lines nor amount: the order is cancelled, its commission reversed', async () => {
    const s = await postbackSetup();
    const o = await s.order();
    const partial = await call('POST', `/v1/orders/${o.id}/refunds`, { key: s.merchant.key, body: { externalId: 'P', lines: [{ lineNo: 1, amount: 1_234 }] } });
    expect(partial.status, partial.text).toBe(201);
    const full = await call('POST', `/v1/orders/${o.id}/refunds`, { key: s.merchant.key, body: { externalId: 'F' } });
    expect(full.status, full.text).toBe(201);
    expect(full.body).toMatchObject({ refunded: 5_500, status: 'cancelled', refund: { amount: 5_500 - 1_234 } });
    expect(full.body.commissions.every((c: any) => c.status === 'reversed' && c.amount === 0)).toBe(true);
    const more = await call('POST', `/v1/orders/${o.id}/refunds`, { key: s.merchant.key, body: { externalId: 'G', amount: 1 } });
    expect(more.status, more.text).toBe(400);
    for (const org of [s.merchant.org.id, s.creator.org.id, s.providerOrgId]) {
      expect((await balancesOf(db(), org)).every((b) => b.balance === 0), org).toBe(true);
    }
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('claws back from a paid-out line instead of touching it', async () => {
    const s = await postbackSetup();
    const o = await s.order({ lines: [{ sku: s.sku.code, quantity: 1, unitPrice: 10_000 }] });
    // As a payout would leave them (payouts are later work).
    await db().update(commissionLines).set({ status: 'paid' }).where(eq(commissionLines.orderId, o.id));
    const res = await call('POST', `/v1/orders/${o.id}/refunds`, { key: s.merchant.key, body: { externalId: 'late', amount: 5_000 } });
    expect(res.status, res.text).toBe(201);
    const paid = res.body.commissions.filter((c: any) => c.clawbackOf === null);
    const clawbacks = res.body.commissions.filter((c: any) => c.clawbackOf !== null);
    expect(paid.every((c: any) => c.status === 'paid' && c.amount === c.original)).toBe(true);
    expect(Object.fromEntries(clawbacks.map((c: any) => [c.part, c.amount]))).toEqual({ creator: -900, platform_creator_fee: -100, provider: -225, platform_provider_fee: -25 });
    expect(clawbacks.every((c: any) => c.status === 'payable' && paid.some((p: any) => p.id === c.clawbackOf))).toBe(true);
    const creator = await call('GET', `/v1/orders/${o.id}`, { key: s.creator.key });
    expect(creator.body.commissions.map((c: any) => [c.part, c.amount])).toEqual([['creator', 1_800], ['creator', -900]]);
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('lets no one but the order’s merchant refund it (another merchant 404, other kinds 403)', async () => {
    const s = await postbackSetup();
    const o = await s.order();
    const other = await createTenant(db(), 'merchant');
    const res = await call('POST', `/v1/orders/${o.id}/refunds`, { key: other.key, body: { externalId: 'X' } });
    expect(res.status, res.text).toBe(404);
    for (const key of [s.creator.key, s.providerKey]) {
      expect((await call('POST', `/v1/orders/${o.id}/refunds`, { key, body: { externalId: 'X' } })).status).toBe(403);
    }
    expect(await db().select().from(orderRefunds).where(eq(orderRefunds.orderId, o.id))).toHaveLength(0);
  });
});
