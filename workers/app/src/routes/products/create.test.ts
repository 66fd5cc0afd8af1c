import { describe, expect, it } from 'vitest';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { catalogCounts, movesOf, productBody } from './test-helpers';

describe('POST /v1/products', () => {
  it('creates a draft product with its SKUs and records opening stock as moves', async () => {
    const t = await createTenant(db());
    const body = productBody();
    const res = await call('POST', '/v1/products', { key: t.key, body });
    expect(res.status, res.text).toBe(201);
    const p = res.body;
    expect(p.id).toMatch(/^prd_/);
    expect(p).toMatchObject({ title: body.title, status: 'draft', productUrl: null, category: 'kitchen.drinkware', defaultCreatorRateBps: 1500, samplePolicy: 'free', sampleQuantity: 3 });
    expect(p.skus.map((s: any) => [s.code, s.price, s.currency, s.stock])).toEqual(body.skus.map((s) => [s.code, s.price, s.currency, s.stock]));
    const got = await call('GET', `/v1/products/${p.id}`, { key: t.key });
    expect(got.body, got.text).toEqual(p);
    const moves = await movesOf(p.skus[0].id);
    expect(moves).toMatchObject([{ delta: 20, reason: 'opening stock', stockAfter: 20 }]);
    expect(await movesOf(p.skus[1].id)).toEqual([]);
  });

  it('keeps a status, a product URL and JPY prices', async () => {
    const t = await createTenant(db());
    const body = productBody({ status: 'active', productUrl: 'https://shop.example.jp/cup', skus: [{ code: `J-${Date.now()}`, name: '一個', price: 1980, currency: 'JPY', stock: 5 }] });
    const res = await call('POST', '/v1/products', { key: t.key, body });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ status: 'active', productUrl: 'https://shop.example.jp/cup', skus: [{ price: 1980, currency: 'JPY' }] });
  });

  it.each([
    ['a negative price', { skus: [{ code: 'N1', name: 'x', price: -100, currency: 'CNY', stock: 1 }] }, 'skus.0.price'],
    ['a zero price', { skus: [{ code: 'N1', name: 'x', price: 0, currency: 'CNY', stock: 1 }] }, 'skus.0.price'],
    ['a fractional price', { skus: [{ code: 'N1', name: 'x', price: 12.5, currency: 'CNY', stock: 1 }] }, 'skus.0.price'],
    ['an unknown currency', { skus: [{ code: 'N1', name: 'x', price: 100, currency: 'XYZ', stock: 1 }] }, 'skus.0.currency'],
    ['negative stock', { skus: [{ code: 'N1', name: 'x', price: 100, currency: 'USD', stock: -1 }] }, 'skus.0.stock'],
    ['no SKU', { skus: [] }, 'skus'],
    ['an unknown category', { category: 'weapons' }, 'category'],
    ['an http image', { images: ['http://img.example.test/a.jpg'] }, 'images.0'],
    ['eleven images', { images: Array.from({ length: 11 }, (_, i) => `https://img.example.test/${i}.jpg`) }, 'images'],
    ['a rate above 50%', { defaultCreatorRateBps: 5001 }, 'defaultCreatorRateBps'],
    ['an unknown sample policy', { samplePolicy: 'sometimes' }, 'samplePolicy'],
    ['archived as a starting status', { status: 'archived' }, 'status'],
    ['an unknown field', { colour: 'blue' }, 'colour'],
    ['an empty title', { title: '   ' }, 'title'],
  ])('refuses %s naming the field, writing nothing', async (_what, overrides, path) => {
    const t = await createTenant(db());
    const res = await call('POST', '/v1/products', { key: t.key, body: productBody(overrides) });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', path });
    expect(await catalogCounts(t.org.id)).toEqual({ products: 0, skus: 0, moves: 0 });
  });

  it('refuses a code listed twice in the request', async () => {
    const t = await createTenant(db());
    const sku = { code: 'DUP-1', name: 'x', price: 100, currency: 'CNY', stock: 1 };
    const res = await call('POST', '/v1/products', { key: t.key, body: productBody({ skus: [sku, { ...sku, name: 'y' }] }) });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.path).toBe('skus.1.code');
  });

  it('answers 409 naming the SKU whose code the merchant already uses, and writes nothing', async () => {
    const t = await createTenant(db());
    const existing = await createProduct(db(), t.org.id, { skus: [{ code: 'TAKEN-1' }] });
    const before = await catalogCounts(t.org.id);
    const body = productBody();
    body.skus[1].code = 'TAKEN-1';
    const res = await call('POST', '/v1/products', { key: t.key, body });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'conflict', path: 'skus.1.code' });
    expect(await catalogCounts(t.org.id)).toEqual(before);
    expect(existing.skus[0].code).toBe('TAKEN-1');
  });

  it('lets two merchants use the same SKU code', async () => {
    const a = await createTenant(db());
    const b = await createTenant(db());
    await createProduct(db(), a.org.id, { skus: [{ code: 'SHARED-1' }] });
    const res = await call('POST', '/v1/products', { key: b.key, body: productBody({ skus: [{ code: 'SHARED-1', name: 'x', price: 100, currency: 'CNY', stock: 1 }] }) });
    expect(res.status, res.text).toBe(201);
  });

  it('is for merchants only', async () => {
    for (const kind of ['provider', 'creator'] as const) {
      const t = await createTenant(db(), kind);
      const res = await call('POST', '/v1/products', { key: t.key, body: productBody() });
      expect(res.status, res.text).toBe(403);
      expect(res.body.error.message).toContain('merchants');
    }
  });
});
