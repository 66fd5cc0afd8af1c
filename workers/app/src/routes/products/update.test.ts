import { describe, expect, it } from 'vitest';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { catalogCounts, movesOf } from './test-helpers';

async function setup() {
  const t = await createTenant(db());
  const { product, skus } = await createProduct(db(), t.org.id, { status: 'draft', skus: [{ code: 'U-1', name: 'Small', price: 1000, stock: 4 }] });
  const patch = (body: unknown) => call('PATCH', `/v1/products/${product.id}`, { key: t.key, body });
  return { t, product, sku: skus[0], patch };
}

describe('PATCH /v1/products/{id}', () => {
  it('changes the fields sent and leaves the others', async () => {
    const { product, patch } = await setup();
    const res = await patch({ title: 'Renamed', status: 'active', productUrl: 'https://shop.example.jp/p', images: [], defaultCreatorRateBps: 2000, samplePolicy: 'none', sampleQuantity: 0 });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ title: 'Renamed', status: 'active', productUrl: 'https://shop.example.jp/p', images: [], defaultCreatorRateBps: 2000, samplePolicy: 'none', description: product.description, category: product.category });
    const cleared = await patch({ productUrl: null, status: 'paused' });
    expect(cleared.body).toMatchObject({ productUrl: null, status: 'paused', title: 'Renamed' });
  });

  it('updates SKUs by code and adds new codes with their opening stock', async () => {
    const { t, sku, patch } = await setup();
    const res = await patch({ skus: [{ code: 'U-1', price: 1200, name: 'Small cup' }, { code: 'U-2', name: 'Large', price: 1500, currency: 'CNY', stock: 7 }] });
    expect(res.status, res.text).toBe(200);
    expect(res.body.skus.map((s: any) => [s.code, s.name, s.price, s.stock])).toEqual([
      ['U-1', 'Small cup', 1200, 4],
      ['U-2', 'Large', 1500, 7],
    ]);
    expect(await movesOf(res.body.skus[1].id)).toMatchObject([{ delta: 7, stockAfter: 7 }]);
    expect(await movesOf(sku.id)).toHaveLength(1);
    expect((await catalogCounts(t.org.id)).skus).toBe(2);
  });

  it.each([
    [{ skus: [{ code: 'U-1', stock: 99 }] }, 400, 'skus.0.stock'],
    [{ skus: [{ code: 'U-1', currency: 'JPY' }] }, 400, 'skus.0.currency'],
    [{ skus: [{ code: 'U-1', price: -5 }] }, 400, 'skus.0.price'],
    [{ skus: [{ code: 'NEW-1', name: 'x', currency: 'CNY' }] }, 400, 'skus.0.price'],
    [{ skus: [{ code: 'NEW-1', name: 'x', price: 5, currency: 'ABC' }] }, 400, 'skus.0.currency'],
    [{ skus: [{ code: 'U-1', price: 5 }, { code: 'U-1', price: 6 }] }, 400, 'skus.1.code'],
    [{ category: 'nope' }, 400, 'category'],
    [{ status: 'deleted' }, 400, 'status'],
    [{ stock: 5 }, 400, 'stock'],
  ])('refuses %j naming the field and changes nothing', async (body, status, path) => {
    const { t, product, patch } = await setup();
    const before = await call('GET', `/v1/products/${product.id}`, { key: t.key });
    const res = await patch(body);
    expect(res.status, res.text).toBe(status);
    expect(res.body.error.path).toBe(path);
    expect((await call('GET', `/v1/products/${product.id}`, { key: t.key })).body).toEqual(before.body);
  });

  it('answers 409 naming a code used by another of the merchant’s products', async () => {
    const { t, patch } = await setup();
    await createProduct(db(), t.org.id, { skus: [{ code: 'ELSEWHERE' }] });
    const res = await patch({ skus: [{ code: 'U-1', price: 1 }, { code: 'ELSEWHERE', name: 'x', price: 5, currency: 'CNY' }] });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error.path).toBe('skus.1.code');
  });

  it('refuses more than 100 SKUs on a product', async () => {
    const { patch } = await setup();
    const skus = Array.from({ length: 100 }, (_, i) => ({ code: `MANY-${i}`, name: 'x', price: 5, currency: 'CNY' }));
    const res = await patch({ skus });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.path).toBe('skus');
  });

  it('treats archived as final', async () => {
    const { t, product, patch } = await setup();
    expect((await patch({ status: 'archived' })).body.status).toBe('archived');
    for (const body of [{ status: 'active' }, { title: 'Back' }, { skus: [{ code: 'U-1', price: 1 }] }]) {
      const res = await patch(body);
      expect(res.status, res.text).toBe(409);
      expect(res.body.error.path).toBe('status');
    }
    const now = await call('GET', `/v1/products/${product.id}`, { key: t.key });
    expect(now.body).toMatchObject({ status: 'archived', title: product.title, skus: [{ price: 1000 }] });
  });

  it("answers 404 for another merchant's product and leaves it alone", async () => {
    const { product } = await setup();
    const stranger = await createTenant(db());
    const res = await call('PATCH', `/v1/products/${product.id}`, { key: stranger.key, body: { title: 'Mine now' } });
    expect(res.status, res.text).toBe(404);
    expect(Object.keys(res.body)).toEqual(['error']);
  });
});
