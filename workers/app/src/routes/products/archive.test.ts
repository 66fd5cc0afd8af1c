import { describe, expect, it } from 'vitest';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';

describe('POST /v1/products/{id}/archive', () => {
  it('archives a product, which then leaves the default list; archiving again changes nothing', async () => {
    const t = await createTenant(db());
    const { product } = await createProduct(db(), t.org.id);
    const res = await call('POST', `/v1/products/${product.id}/archive`, { key: t.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe('archived');
    const again = await call('POST', `/v1/products/${product.id}/archive`, { key: t.key });
    expect(again.status, again.text).toBe(200);
    expect(again.body).toEqual(res.body);
    expect((await call('GET', '/v1/products', { key: t.key })).body.data).toEqual([]);
  });

  it('answers 404 for an unknown product', async () => {
    const t = await createTenant(db());
    const res = await call('POST', '/v1/products/prd_00000000000000000000000000/archive', { key: t.key });
    expect(res.status, res.text).toBe(404);
  });

  it("cannot archive another merchant's product", async () => {
    const t = await createTenant(db());
    const other = await createTenant(db());
    const { product } = await createProduct(db(), other.org.id);
    expect((await call('POST', `/v1/products/${product.id}/archive`, { key: t.key })).status).toBe(404);
    expect((await call('GET', `/v1/products/${product.id}`, { key: other.key })).body.status).toBe('active');
  });
});
