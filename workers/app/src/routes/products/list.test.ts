import { describe, expect, it } from 'vitest';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';

const ids = (res: { body: any }) => res.body.data.map((p: any) => p.id);

async function catalog() {
  const t = await createTenant(db());
  const make = (spec: Parameters<typeof createProduct>[2]) => createProduct(db(), t.org.id, spec).then((r) => r.product.id);
  const cup = await make({ title: 'Arita tea cup', category: 'kitchen.drinkware', skus: [{ code: 'ARITA-CUP-1', stock: 2 }] });
  const knife = await make({ title: 'Sakai knife', description: 'Blue steel, 100% hand-forged', category: 'kitchen.knives', status: 'draft', skus: [{ code: 'SK-1', stock: 50 }] });
  const serum = await make({ title: 'Rice serum', category: 'skincare.serum', status: 'paused', skus: [{ code: 'RS_30', stock: 10 }, { code: 'RS-50', stock: 0 }] });
  const old = await make({ title: 'Old cup', category: 'kitchen.drinkware', status: 'archived', skus: [{ code: 'OLD-1', stock: 0 }] });
  return { t, cup, knife, serum, old };
}

describe('GET /v1/products', () => {
  it('lists the merchant’s products newest first, without archived ones unless asked', async () => {
    const c = await catalog();
    const res = await call('GET', '/v1/products', { key: c.t.key });
    expect(res.status, res.text).toBe(200);
    expect(ids(res)).toEqual([c.serum, c.knife, c.cup]);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.data[0].skus.map((s: any) => s.code)).toEqual(['RS_30', 'RS-50']);
    expect(ids(await call('GET', '/v1/products?status=archived', { key: c.t.key }))).toEqual([c.old]);
    expect(ids(await call('GET', '/v1/products?status=draft', { key: c.t.key }))).toEqual([c.knife]);
  });

  it('filters by category, a parent matching its children', async () => {
    const c = await catalog();
    expect(ids(await call('GET', '/v1/products?category=kitchen', { key: c.t.key }))).toEqual([c.knife, c.cup]);
    expect(ids(await call('GET', '/v1/products?category=kitchen.knives', { key: c.t.key }))).toEqual([c.knife]);
    expect(ids(await call('GET', '/v1/products?category=beauty', { key: c.t.key }))).toEqual([]);
  });

  it('searches title, description and SKU codes, ignoring case and treating wildcards literally', async () => {
    const c = await catalog();
    const q = async (text: string) => ids(await call('GET', `/v1/products?q=${encodeURIComponent(text)}`, { key: c.t.key }));
    expect(await q('TEA')).toEqual([c.cup]);
    expect(await q('blue steel')).toEqual([c.knife]);
    expect(await q('arita-cup')).toEqual([c.cup]);
    expect(await q('100%')).toEqual([c.knife]);
    expect(await q('RS_')).toEqual([c.serum]);
    expect(await q('_')).toEqual([c.serum]);
    expect(await q('nothing like this')).toEqual([]);
  });

  it('finds products with a SKU below a stock level', async () => {
    const c = await catalog();
    expect(ids(await call('GET', '/v1/products?stockBelow=1', { key: c.t.key }))).toEqual([c.serum]);
    expect(ids(await call('GET', '/v1/products?stockBelow=3', { key: c.t.key }))).toEqual([c.serum, c.cup]);
    expect(ids(await call('GET', '/v1/products?stockBelow=3&category=kitchen', { key: c.t.key }))).toEqual([c.cup]);
  });

  it('pages stably by cursor', async () => {
    const t = await createTenant(db());
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await createProduct(db(), t.org.id)).product.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await call('GET', `/v1/products?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { key: t.key });
      expect(res.status, res.text).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...ids(res));
      cursor = res.body.nextCursor;
      // A product added while paging lands before the cursor, so it never shifts later pages.
      if (seen.length === 2) await createProduct(db(), t.org.id);
    } while (cursor);
    expect(seen).toEqual([...made].reverse());
  });

  it.each([
    ['status=deleted', 'status'],
    ['category=weapons', 'category'],
    ['stockBelow=-1', 'stockBelow'],
    ['limit=0', 'limit'],
    ['sort=title', 'sort'],
  ])('refuses %s naming the parameter', async (qs, path) => {
    const t = await createTenant(db());
    const res = await call('GET', `/v1/products?${qs}`, { key: t.key });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.path).toBe(path);
  });

  it("never lists another merchant's products, drafts included", async () => {
    const me = await createTenant(db());
    const other = await createTenant(db());
    const draft = await createProduct(db(), other.org.id, { status: 'draft', title: 'Unreleased teapot' });
    const mine = await createProduct(db(), me.org.id, { title: 'My teapot' });
    const res = await call('GET', '/v1/products?q=teapot', { key: me.key });
    expect(ids(res)).toEqual([mine.product.id]);
    expect(res.text).not.toContain(draft.product.id);
  });
});
