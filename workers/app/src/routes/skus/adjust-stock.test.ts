import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SELF } from 'cloudflare:test';
import { skus } from '@xuanpin/db';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { createTenant } from '@xuanpin/db/test/factories';
import { BASE, call, db } from '../../../test/security';
import { movesOf } from '../products/test-helpers';

async function setup(stock: number) {
  const t = await createTenant(db());
  const { skus: [sku] } = await createProduct(db(), t.org.id, { skus: [{ stock }] });
  const adjust = (body: unknown, key = t.key) => call('POST', `/v1/skus/${sku.id}/stock-adjustments`, { key, body });
  const stockNow = async () => (await db().select({ stock: skus.stock }).from(skus).where(eq(skus.id, sku.id)))[0].stock;
  return { t, sku, adjust, stockNow };
}

describe('POST /v1/skus/{id}/stock-adjustments', () => {
  it('moves stock up and down and records each move', async () => {
    const { sku, adjust } = await setup(5);
    const up = await adjust({ delta: 10, reason: 'restock' });
    expect(up.status, up.text).toBe(200);
    expect(up.body).toEqual({ skuId: sku.id, stock: 15 });
    const down = await adjust({ delta: -15, reason: 'sold at the fair' });
    expect(down.body).toEqual({ skuId: sku.id, stock: 0 });
    const moves = (await movesOf(sku.id)).map((m) => [m.delta, m.reason, m.stockAfter]);
    expect(moves).toEqual([[5, 'opening stock', 5], [10, 'restock', 15], [-15, 'sold at the fair', 0]]);
  });

  it('never goes below zero: 409 naming delta, and nothing recorded', async () => {
    const { adjust, sku, stockNow } = await setup(3);
    const res = await adjust({ delta: -4, reason: 'too many' });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'conflict', path: 'delta' });
    expect(await stockNow()).toBe(3);
    expect(await movesOf(sku.id)).toHaveLength(1);
  });

  it('sells exactly the stock under 50 concurrent decrements', async () => {
    const { t, sku, stockNow } = await setup(20);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        SELF.fetch(`${BASE}/v1/skus/${sku.id}/stock-adjustments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${t.key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ delta: -1, reason: 'order' }),
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.filter((s) => s === 409)).toHaveLength(30);
    expect(await stockNow()).toBe(0);
    const orders = (await movesOf(sku.id)).filter((m) => m.reason === 'order');
    expect(orders).toHaveLength(20);
    expect(orders.map((m) => m.stockAfter).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('replays the first result for the same idempotency key', async () => {
    const { adjust, sku, stockNow } = await setup(10);
    const first = await adjust({ delta: -3, reason: 'order 42', idempotencyKey: 'order-42' });
    expect(first.body).toEqual({ skuId: sku.id, stock: 7 });
    await adjust({ delta: -2, reason: 'another order' });
    const replay = await adjust({ delta: -3, reason: 'order 42', idempotencyKey: 'order-42' });
    expect(replay.status, replay.text).toBe(200);
    expect(replay.body).toEqual({ skuId: sku.id, stock: 7 });
    expect(await stockNow()).toBe(5);
    const concurrent = await Promise.all([1, 2, 3].map(() => adjust({ delta: 1, reason: 'return', idempotencyKey: 'ret-1' })));
    expect(concurrent.map((r) => r.body)).toEqual([1, 2, 3].map(() => ({ skuId: sku.id, stock: 6 })));
    expect(await stockNow()).toBe(6);
  });

  it('answers 409 when an idempotency key is reused for a different adjustment', async () => {
    const { adjust, stockNow } = await setup(10);
    await adjust({ delta: -1, reason: 'a', idempotencyKey: 'k-1' });
    const res = await adjust({ delta: -2, reason: 'a', idempotencyKey: 'k-1' });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error.path).toBe('idempotencyKey');
    expect(await stockNow()).toBe(9);
  });

  it.each([
    [{ delta: 0, reason: 'x' }, 'delta'],
    [{ delta: 1.5, reason: 'x' }, 'delta'],
    [{ delta: '1', reason: 'x' }, 'delta'],
    [{ delta: 1 }, 'reason'],
    [{ delta: 1, reason: ' ' }, 'reason'],
    [{ delta: 1, reason: 'x', stock: 3 }, 'stock'],
  ])('refuses %j naming the field', async (body, path) => {
    const { adjust, stockNow } = await setup(2);
    const res = await adjust(body);
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.path).toBe(path);
    expect(await stockNow()).toBe(2);
  });

  it("answers 404 for an unknown SKU and for another merchant's SKU, changing nothing", async () => {
    const { adjust, stockNow } = await setup(2);
    const stranger = await createTenant(db());
    expect((await adjust({ delta: -1, reason: 'x' }, stranger.key)).status).toBe(404);
    const unknown = await call('POST', '/v1/skus/sku_00000000000000000000000000/stock-adjustments', { key: stranger.key, body: { delta: 1, reason: 'x' } });
    expect(unknown.status, unknown.text).toBe(404);
    expect(await stockNow()).toBe(2);
  });
});
