import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { allocate, PAYABLE_PARTS, PART_NAMES } from '@xuanpin/core';
import { commissionLines, orders, skus } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { call, db } from '../../../test/security';
import { balancesOf, imbalancedJournals } from '../../services/ledger/balances';
import { postbackSetup } from './test-helpers';

const ordersOf = async (merchantOrgId: string) => db().select({ id: orders.id }).from(orders).where(eq(orders.merchantOrgId, merchantOrgId));

describe('POST /v1/orders (postback)', () => {
  it('records an attributed order: 201, the view, the split summing to the base, a balanced ledger', async () => {
    const s = await postbackSetup();
    const body = s.body({ buyer: 'someone@example.test' });
    const res = await s.post(body);
    expect(res.status, res.text).toBe(201);
    const o = res.body;
    expect(o).toMatchObject({
      externalId: body.externalId,
      source: 'postback',
      status: 'paid',
      currency: 'CNY',
      total: 5_500,
      refunded: 0,
      placedAt: body.placedAt,
      confirmedAt: null,
      lockAt: null,
      attribution: 'attributed',
      attributionReason: 'attributed',
      holdReason: null,
      clickId: s.click.id,
      linkId: s.link.id,
      offerId: s.offer.id,
      creatorOrgId: s.creator.org.id,
      providerOrgId: s.providerOrgId,
    });
    expect(o.id).toMatch(/^ord_/);
    expect(o.lines).toEqual([
      { lineNo: 1, skuId: s.sku.id, productId: s.offer.product.id, quantity: 2, unitPrice: 2_800, discount: 100, base: 5_500, refunded: 0, commissionable: true },
    ]);
    // The merchant sees every commission line; the parts of the one allocation function, the merchant's net kept.
    const split = allocate(5_500, { creatorRateBps: 2_000, serviceFeeBps: 500, platformFeeBps: 1_000 });
    expect(PAYABLE_PARTS.reduce((sum, p) => sum + split[p], 0)).toBe(5_500);
    const byPart = Object.fromEntries(o.commissions.map((c: any) => [c.part, c.amount]));
    expect(byPart).toEqual({
      creator: split.creatorNet,
      platform_creator_fee: split.platformFeeOnCreator,
      provider: split.providerNet,
      platform_provider_fee: split.platformFeeOnProvider,
    });
    expect(Object.values(byPart).reduce((a: number, b) => a + (b as number), 0) + split.merchantNet).toBe(5_500);
    for (const c of o.commissions) {
      expect(c).toMatchObject({ orderId: o.id, lineNo: 1, productId: s.offer.product.id, status: 'pending', currency: 'CNY', base: 5_500, clawbackOf: null });
      expect(c.original).toBe(c.amount);
    }
    expect(new Set(o.commissions.map((c: any) => c.orgId))).toEqual(new Set([s.creator.org.id, s.providerOrgId, s.platform.id]));
    // The merchant owes the commission: its balance is debited by exactly what the lines are worth.
    expect(await balancesOf(db(), s.merchant.org.id)).toEqual([{ account: 'merchant_balance', currency: 'CNY', net: 5_500 - split.merchantNet, balance: -(5_500 - split.merchantNet) }]);
    expect(await imbalancedJournals(db())).toBe(0);
    const [sku] = await db().select().from(skus).where(eq(skus.id, s.sku.id));
    expect(sku.stock).toBe(48);
  });

  it('answers a replay with 200 and the same body, other content under the same id with 409, nothing written twice', async () => {
    const s = await postbackSetup();
    const body = s.body();
    const first = await s.post(body);
    expect(first.status, first.text).toBe(201);
    const again = await s.post(body);
    expect(again.status, again.text).toBe(200);
    expect(again.body).toEqual(first.body);
    for (const other of [{ lines: [{ ...body.lines[0], quantity: 3 }] }, { placedAt: body.placedAt + 1 }, { clickId: null }]) {
      const res = await s.post({ ...body, ...other });
      expect(res.status, res.text).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'conflict', path: 'externalId' });
    }
    expect(await ordersOf(s.merchant.org.id)).toHaveLength(1);
    expect(await db().select().from(commissionLines).where(eq(commissionLines.orderId, first.body.id))).toHaveLength(4);
    const [sku] = await db().select().from(skus).where(eq(skus.id, s.sku.id));
    expect(sku.stock).toBe(48);
  });

  it('keeps external ids per merchant: another merchant may use the same id', async () => {
    const s = await postbackSetup();
    const body = s.body();
    expect((await s.post(body)).status).toBe(201);
    const other = await createTenant(db(), 'merchant');
    const { skus: theirs } = await createProduct(db(), other.org.id);
    const res = await s.post({ ...body, clickId: null, lines: [{ sku: theirs[0].code, quantity: 1, unitPrice: 100 }] }, other.key);
    expect(res.status, res.text).toBe(201);
    expect(res.body.attribution).toBe('unattributed');
    // The click belongs to the first merchant's offer: sending it from another merchant attributes nothing.
    const withClick = await s.post({ ...body, externalId: `${body.externalId}-b`, lines: [{ sku: theirs[0].code, quantity: 1, unitPrice: 100 }] }, other.key);
    expect(withClick.status, withClick.text).toBe(201);
    expect(withClick.body).toMatchObject({ attribution: 'unattributed', creatorOrgId: null, commissions: [] });
  });

  it('records an order without a click as unattributed, with its reason and no commission', async () => {
    const s = await postbackSetup();
    const res = await s.post(s.body({ clickId: undefined }));
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ attribution: 'unattributed', attributionReason: 'no_click_id', creatorOrgId: null, offerId: null, commissions: [] });
    expect(res.body.lines[0].commissionable).toBe(false);
    const unknown = await s.post(s.body({ clickId: 'clk_00000000000000000000000000' }));
    expect(unknown.body).toMatchObject({ attribution: 'unattributed', attributionReason: 'click_not_found' });
  });

  it('holds the commission of a self-purchase (the buyer is a member of the creator)', async () => {
    const s = await postbackSetup();
    const res = await s.post(s.body({ buyer: s.creator.user.email.toUpperCase() }));
    expect(res.status, res.text).toBe(201);
    expect(res.body.holdReason).toBe('self_purchase');
    expect(res.body.commissions.every((c: any) => c.holdReason === 'self_purchase')).toBe(true);
  });

  it('refuses bad input with 400 naming the field, writing nothing', async () => {
    const s = await postbackSetup();
    const jpy = (await createProduct(db(), s.merchant.org.id, { skus: [{ currency: 'JPY', price: 1_000 }] })).skus[0];
    const line = { sku: s.sku.code, quantity: 1, unitPrice: 2_800 };
    const cases: [Record<string, unknown>, string][] = [
      [{ lines: [{ ...line, sku: 'NO-SUCH-SKU' }] }, 'lines[0].sku'],
      [{ lines: [line, { ...line, sku: 'sku_00000000000000000000000000' }] }, 'lines[1].sku'],
      [{ lines: [{ ...line, sku: jpy.code }] }, 'currency'],
      [{ currency: 'JPY' }, 'currency'],
      [{ currency: 'XXX' }, 'currency'],
      [{ lines: [{ ...line, quantity: 0 }] }, 'lines[0].quantity'],
      [{ lines: [{ ...line, quantity: -2 }] }, 'lines[0].quantity'],
      [{ lines: [{ ...line, quantity: 1.5 }] }, 'lines[0].quantity'],
      [{ lines: [{ ...line, quantity: '1' }] }, 'lines.0.quantity'],
      [{ lines: [{ ...line, unitPrice: -1 }] }, 'lines[0].unitPrice'],
      [{ lines: [{ ...line, unitPrice: 28.5 }] }, 'lines[0].unitPrice'],
      [{ lines: [{ ...line, discount: 2_801 }] }, 'lines[0].discount'],
      [{ lines: [{ ...line, discount: -1 }] }, 'lines[0].discount'],
      [{ lines: [{ ...line, price: 1 }] }, 'lines.0.price'],
      [{ lines: [] }, 'lines'],
      [{ externalId: '' }, 'externalId'],
      [{ placedAt: 'yesterday' }, 'placedAt'],
      [{ placedAt: 0 }, 'placedAt'],
      [{ merchantOrgId: 'org_x' }, 'merchantOrgId'],
    ];
    for (const [over, path] of cases) {
      const res = await s.post(s.body({ lines: [line], ...over }));
      expect(res.status, `${JSON.stringify(over)} → ${res.text}`).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.path, res.text).toBe(path);
    }
    expect(await ordersOf(s.merchant.org.id)).toHaveLength(0);
    expect(await balancesOf(db(), s.merchant.org.id)).toEqual([]);
    const [sku] = await db().select().from(skus).where(eq(skus.id, s.sku.id));
    expect(sku.stock).toBe(50);
  });

  it('is for merchants: creators, providers and the platform are refused', async () => {
    const s = await postbackSetup();
    for (const kind of ['creator', 'provider', 'platform'] as const) {
      const t = await createTenant(db(), kind);
      const res = await s.post(s.body(), t.key);
      expect(res.status, res.text).toBe(403);
    }
    const asCreator = await call('POST', '/v1/orders', { key: s.creator.key, body: s.body() });
    expect(asCreator.status).toBe(403);
    expect(await ordersOf(s.merchant.org.id)).toHaveLength(0);
  });
});
