import { describe, expect, it } from 'vitest';
import { parseCsv } from '@xuanpin/core/csv';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { createTenant } from '@xuanpin/db/test/factories';
import { BASE, call, db } from '../../../test/security';
import { SELF } from 'cloudflare:test';
import { IMPORT_COLUMNS } from '../../services/imports/columns';
import { importCsv, isolateImports } from './test-helpers';

isolateImports();

const exportOf = async (key: string) => {
  const res = await SELF.fetch(`${BASE}/v1/exports/products.csv`, { headers: { authorization: `Bearer ${key}` } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  // Response.text() would drop the byte-order mark; keep it visible.
  return { res, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
};

describe('GET /v1/exports/products.csv', () => {
  it('exports the catalog in the import columns, and imports back as all unchanged', async () => {
    const t = await createTenant(db());
    const created = await call('POST', '/v1/products', {
      key: t.key,
      body: {
        title: 'Tricky "quoted", multi-line product',
        description: 'Line one,\r\nline "two"\nand =SUM(A1) ',
        images: ['https://img.example.test/a.jpg', 'https://img.example.test/b.jpg?size=2&x=1'],
        category: 'skincare.serum',
        status: 'paused',
        productUrl: 'https://shop.example.jp/p?id=1',
        defaultCreatorRateBps: 2500,
        samplePolicy: 'refundable',
        sampleQuantity: 7,
        skus: [
          { code: 'EX-1', name: '30 ml', price: 12345, currency: 'CNY', stock: 3 },
          { code: 'EX-2', name: '50 ml, 限定', price: 1980, currency: 'JPY', stock: 0 },
        ],
      },
    });
    expect(created.status, created.text).toBe(201);
    await createProduct(db(), t.org.id, { title: 'Plain', skus: [{ code: 'PL-1', price: 500, currency: 'USD' }] });
    await createProduct(db(), t.org.id, { title: 'Gone', status: 'archived', skus: [{ code: 'GONE-1' }] });

    const { res, bytes, text } = await exportOf(t.key);
    expect(res.status, text).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('products.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(text.slice(1));
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.value.map((r) => r.fields);
    expect(header).toEqual([...IMPORT_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(['EX-1', 'EX-2', 'PL-1']);
    expect(rows[0]).toEqual(['EX-1', 'Tricky "quoted", multi-line product', '30 ml', '123.45', 'CNY', '3', 'skincare.serum', 'paused', 'Line one,\r\nline "two"\nand =SUM(A1) ', 'https://img.example.test/a.jpg|https://img.example.test/b.jpg?size=2&x=1', 'https://shop.example.jp/p?id=1', '2500', 'refundable', '7']);
    expect(rows[1].slice(0, 6)).toEqual(['EX-2', 'Tricky "quoted", multi-line product', '50 ml, 限定', '1980', 'JPY', '0']);

    const job = await importCsv(t.key, bytes);
    expect(job).toMatchObject({ totalRows: 3, created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect((await exportOf(t.key)).text).toBe(text);
    // The same rows with LF line ends and without the mark, as an editor may save them, are unchanged too.
    expect(await importCsv(t.key, text.slice(1).replace(/\r\n(?=[A-Z]{2}-\d,)/g, '\n'))).toMatchObject({ unchanged: 3 });
  });

  it('exports only the header for an empty catalog, and never another merchant’s products', async () => {
    const t = await createTenant(db());
    const other = await createTenant(db());
    await createProduct(db(), other.org.id, { title: 'Not yours', status: 'draft' });
    const { text } = await exportOf(t.key);
    expect(text).toBe(`\uFEFF${IMPORT_COLUMNS.join(',')}\r\n`);
  });
});
