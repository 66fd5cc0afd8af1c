import { describe, expect, it } from 'vitest';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { movesOf } from '../products/test-helpers';
import { csvOf, importCsv, isolateImports, row } from './test-helpers';

isolateImports();

const productsOf = async (key: string, qs = '') => (await call('GET', `/v1/products?limit=200${qs}`, { key })).body.data;

describe('CSV import rules', () => {
  it('groups rows by title, inheriting blank product columns from the first row', async () => {
    const t = await createTenant(db());
    const job = await importCsv(t.key, csvOf([
      row({ sku_code: 'G-1', product_title: 'Bowl' }),
      row({ sku_code: 'X-1', product_title: 'Other bowl' }),
      row({ sku_code: 'G-2', product_title: 'Bowl', category: '', status: '', description: '', image_urls: '', product_url: '', default_creator_rate_bps: '', sample_policy: '', sample_quantity: '' }),
    ]));
    expect(job).toMatchObject({ created: 3, rejected: 0 });
    const bowl = (await productsOf(t.key)).find((p: any) => p.title === 'Bowl');
    expect(bowl.skus.map((s: any) => s.code)).toEqual(['G-1', 'G-2']);
    expect(bowl).toMatchObject({ status: 'active', description: 'Hand-painted', defaultCreatorRateBps: 1500, images: [expect.any(String), expect.any(String)] });
  });

  it('updates existing SKUs and products, sets stock through recorded moves, and keeps blank columns', async () => {
    const t = await createTenant(db());
    const { product, skus } = await createProduct(db(), t.org.id, { title: 'Teapot', status: 'draft', skus: [{ code: 'TP-1', price: 10000, stock: 5 }, { code: 'TP-2', price: 20000, stock: 1 }] });
    const job = await importCsv(t.key, csvOf([
      row({ sku_code: 'TP-1', product_title: 'Teapot', sku_name: 'Standard', price: '100.00', stock: '12', status: '' }),
      row({ sku_code: 'TP-2', product_title: 'Teapot', sku_name: 'Standard', price: '210.00', stock: '', status: '' }),
      row({ sku_code: 'TP-3', product_title: 'Teapot', sku_name: 'Mini', price: '50', stock: '4', status: '' }),
    ]));
    expect(job).toMatchObject({ created: 1, updated: 2, unchanged: 0, rejected: 0 });
    const [p] = await productsOf(t.key, '&q=Teapot');
    expect(p).toMatchObject({ id: product.id, status: 'draft', category: 'kitchen.tableware', description: 'Hand-painted', samplePolicy: 'free', sampleQuantity: 2 });
    expect(p.skus.map((s: any) => [s.code, s.price, s.stock])).toEqual([['TP-1', 10000, 12], ['TP-2', 21000, 1], ['TP-3', 5000, 4]]);
    expect((await movesOf(skus[0].id)).map((m) => [m.delta, m.stockAfter, m.reason])).toEqual([[5, 5, 'opening stock'], [7, 12, `import ${job.id}`]]);
    expect(await movesOf(skus[1].id)).toHaveLength(1);
  });

  it('keeps the values of columns the file leaves out', async () => {
    const t = await createTenant(db());
    await importCsv(t.key, csvOf([row({ sku_code: 'K-1', product_title: 'Kept' })]));
    const columns = ['sku_code', 'product_title', 'sku_name', 'price', 'currency', 'category'];
    const job = await importCsv(t.key, csvOf([row({ sku_code: 'K-1', product_title: 'Kept', price: '99.00' })], columns));
    expect(job).toMatchObject({ updated: 1 });
    const [p] = await productsOf(t.key, '&q=Kept');
    expect(p).toMatchObject({ description: 'Hand-painted', productUrl: 'https://shop.example.jp/plate', status: 'active', defaultCreatorRateBps: 1500, skus: [{ price: 9900, stock: 10 }] });
    expect(p.images).toHaveLength(2);
    const cleared = await importCsv(t.key, csvOf([row({ sku_code: 'K-1', product_title: 'Kept', price: '99.00', description: '', image_urls: '', product_url: '' })]));
    expect(cleared).toMatchObject({ updated: 1 });
    expect((await productsOf(t.key, '&q=Kept'))[0]).toMatchObject({ description: '', images: [], productUrl: null });
  });

  it('never moves a SKU to another product, renames a product or changes a currency', async () => {
    const t = await createTenant(db());
    await createProduct(db(), t.org.id, { title: 'Vase', skus: [{ code: 'V-1', currency: 'CNY' }] });
    const job = await importCsv(t.key, csvOf([
      row({ sku_code: 'V-1', product_title: 'Renamed vase' }),
      row({ sku_code: 'V-1', product_title: 'Vase', currency: 'JPY', price: '1000' }),
    ]));
    expect(job.rejectedRows).toEqual([
      { row: 2, field: 'product_title', reason: 'SKU V-1 belongs to the product "Vase"; a row cannot move a SKU or rename a product' },
      { row: 3, field: 'sku_code', reason: 'repeats the SKU code of row 2' },
    ]);
    const only = await importCsv(t.key, csvOf([row({ sku_code: 'V-1', product_title: 'Vase', currency: 'JPY', price: '1000' })]));
    expect(only.rejectedRows).toEqual([{ row: 2, field: 'currency', reason: 'SKU V-1 is priced in CNY; its currency cannot change' }]);
  });

  it('leaves archived products alone: unchanged rows pass, changes are rejected, new codes make a new product', async () => {
    const t = await createTenant(db());
    const { product } = await createProduct(db(), t.org.id, { title: 'Old mug', status: 'archived', skus: [{ code: 'OM-1', name: 'Standard', price: 12800, stock: 10 }] });
    const same = row({ sku_code: 'OM-1', product_title: 'Old mug', sku_name: 'Standard', price: '128.00', stock: '10', status: 'archived', description: '', image_urls: 'https://img.example.test/p.jpg', product_url: '', default_creator_rate_bps: '1000', sample_policy: 'free', sample_quantity: '5' });
    expect(await importCsv(t.key, csvOf([same]))).toMatchObject({ unchanged: 1, rejected: 0 });
    const changed = await importCsv(t.key, csvOf([{ ...same, price: '99.00' }]));
    expect(changed.rejectedRows).toEqual([{ row: 2, field: 'sku_code', reason: 'SKU OM-1 belongs to an archived product, which cannot change' }]);
    const fresh = await importCsv(t.key, csvOf([row({ sku_code: 'OM-2', product_title: 'Old mug' })]));
    expect(fresh).toMatchObject({ created: 1 });
    const [live] = await productsOf(t.key, '&q=Old%20mug');
    expect(live.id).not.toBe(product.id);
    expect(live.skus.map((s: any) => s.code)).toEqual(['OM-2']);
  });

  it('refuses a product beyond 100 SKUs and a new product starting archived', async () => {
    const t = await createTenant(db());
    const rows = Array.from({ length: 101 }, (_, i) => row({ sku_code: `H-${i}`, product_title: 'Hundred' }));
    const job = await importCsv(t.key, csvOf([...rows, row({ sku_code: 'AR-1', product_title: 'Born archived', status: 'archived' })]));
    expect(job).toMatchObject({ created: 100, rejected: 2 });
    expect(job.rejectedRows).toEqual([
      { row: 102, field: 'product_title', reason: 'a product has at most 100 SKUs' },
      { row: 103, field: 'status', reason: 'a new product cannot start archived' },
    ]);
  });

  it("keys rows by the merchant's own codes: another merchant's identical codes are untouched", async () => {
    const a = await createTenant(db());
    const b = await createTenant(db());
    const theirs = await createProduct(db(), b.org.id, { title: 'Kutani plate', status: 'draft', skus: [{ code: 'SAME-1', price: 5000, stock: 3 }] });
    const job = await importCsv(a.key, csvOf([row({ sku_code: 'SAME-1' })]));
    expect(job).toMatchObject({ created: 1, updated: 0 });
    const after = await call('GET', `/v1/products/${theirs.product.id}`, { key: b.key });
    expect(after.body.skus[0]).toMatchObject({ price: 5000, stock: 3 });
    expect(await productsOf(a.key)).toHaveLength(1);
  });
});
