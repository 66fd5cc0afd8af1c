import { describe, expect, it } from 'vitest';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';

describe('GET /v1/products/{id}', () => {
  it('answers the product with its SKUs, oldest SKU first', async () => {
    const t = await createTenant(db());
    const { product, skus } = await createProduct(db(), t.org.id, { skus: [{ code: 'G-1', stock: 3 }, { code: 'G-2', price: 1980, currency: 'JPY' }] });
    const res = await call('GET', `/v1/products/${product.id}`, { key: t.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id: product.id, title: product.title, status: 'active', images: product.images });
    expect(res.body.skus).toEqual(skus.map((s) => ({ id: s.id, code: s.code, name: s.name, price: s.price, currency: s.currency, stock: s.stock, createdAt: s.createdAt, updatedAt: s.updatedAt })));
  });

  it('answers 404 for an unknown id', async () => {
    const t = await createTenant(db());
    const res = await call('GET', '/v1/products/prd_00000000000000000000000000', { key: t.key });
    expect(res.status, res.text).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it("never shows another merchant's draft", async () => {
    const me = await createTenant(db());
    const other = await createTenant(db());
    const { product } = await createProduct(db(), other.org.id, { status: 'draft', title: 'Secret launch' });
    const res = await call('GET', `/v1/products/${product.id}`, { key: me.key });
    expect(res.status, res.text).toBe(404);
    expect(res.text).not.toContain('Secret launch');
  });
});
