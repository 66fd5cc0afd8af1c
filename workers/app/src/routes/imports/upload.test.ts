import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { importJobs } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { catalogCounts } from '../products/test-helpers';
import { csvOf, importCsv, isolateImports, row, runToEnd, upload } from './test-helpers';

const queue = isolateImports();
const jobsOf = async (orgId: string) => (await db().select({ n: count() }).from(importJobs).where(eq(importJobs.orgId, orgId)))[0].n;

describe('POST /v1/imports/products', () => {
  it('accepts a file, queues it, and applies it through continue calls', async () => {
    const t = await createTenant(db());
    const csv = csvOf([
      row({ sku_code: 'P-S', sku_name: 'Small' }),
      row({ sku_code: 'P-L', sku_name: 'Large', price: '168.50', stock: '' }),
      row({ sku_code: 'M-1', product_title: 'Matcha', sku_name: '40 g', price: '1980', currency: 'JPY', category: 'food.tea', status: '', image_urls: '', product_url: '', default_creator_rate_bps: '', sample_policy: '', sample_quantity: '', description: '' }),
    ]);
    const res = await upload(t.key, csv);
    expect(res.status, res.text).toBe(202);
    expect(res.body).toMatchObject({ status: 'pending', filename: 'test.csv', totalRows: 3, processedRows: 0, created: 0, rejected: 0, rejectedRows: [] });
    expect(queue.sent).toEqual([{ type: 'catalog.import', jobId: res.body.id }]);
    expect(await catalogCounts(t.org.id)).toEqual({ products: 0, skus: 0, moves: 0 });

    const done = await runToEnd(t.key, res.body.id);
    expect(done).toMatchObject({ status: 'done', totalRows: 3, processedRows: 3, created: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(done.finishedAt).toBeTypeOf('number');
    const list = (await call('GET', '/v1/products', { key: t.key })).body.data;
    const plate = list.find((p: any) => p.title === 'Kutani plate');
    expect(plate).toMatchObject({ status: 'active', category: 'kitchen.tableware', description: 'Hand-painted', productUrl: 'https://shop.example.jp/plate', defaultCreatorRateBps: 1500, samplePolicy: 'free', sampleQuantity: 2 });
    expect(plate.images).toEqual(['https://img.example.test/a.jpg', 'https://img.example.test/b.jpg']);
    expect(plate.skus.map((s: any) => [s.code, s.price, s.stock])).toEqual([['P-S', 12800, 10], ['P-L', 16850, 0]]);
    const matcha = list.find((p: any) => p.title === 'Matcha');
    expect(matcha).toMatchObject({ status: 'draft', images: [], productUrl: null, defaultCreatorRateBps: 0, samplePolicy: 'none', sampleQuantity: 0, skus: [{ price: 1980, currency: 'JPY' }] });
  });

  it('reads quoted fields, doubled quotes, line breaks in cells, CRLF and a BOM, numbering rows by line', async () => {
    const t = await createTenant(db());
    const header = 'sku_code,product_title,sku_name,price,currency,category,description';
    const text = `\uFEFF${header}\r\nQ-1,"Plate, large","The ""best"" one",10,USD,kitchen,"line one\r\nline two\nline three"\r\nQ-2,"Plate, large",Other,-5,USD,kitchen,\r\n`;
    const job = await importCsv(t.key, text);
    expect(job).toMatchObject({ created: 1, rejected: 1, rejectedRows: [{ row: 5, field: 'price', reason: 'must be greater than 0' }] });
    const [p] = (await call('GET', '/v1/products', { key: t.key })).body.data;
    expect(p).toMatchObject({ title: 'Plate, large', description: 'line one\r\nline two\nline three', skus: [{ name: 'The "best" one', price: 1000 }] });
  });

  it('rejects bad rows one by one with the line, the column and the reason', async () => {
    const t = await createTenant(db());
    const csv = csvOf([
      row({ sku_code: 'OK-1' }),
      row({ sku_code: 'NEG', price: '-12.00' }),
      row({ sku_code: 'CUR', currency: 'XYZ' }),
      row({ sku_code: 'DEC', price: '12.345' }),
      row({ sku_code: 'ZERO', price: '0' }),
      row({ sku_code: 'CAT', product_title: 'Other', category: 'weapons' }),
      row({ sku_code: 'IMG', product_title: 'Third', image_urls: 'https://a.test/1.jpg|http://a.test/2.jpg' }),
      row({ sku_code: 'STK', stock: '-1' }),
      row({ sku_code: 'OK-1', sku_name: 'again' }),
      row({ sku_code: '', sku_name: 'no code' }),
      row({ sku_code: 'RATE', product_title: 'Fourth', default_creator_rate_bps: '6000' }),
      row({ sku_code: 'DIFF', category: 'kitchen.knives' }),
    ]);
    const job = await importCsv(t.key, csv);
    expect(job).toMatchObject({ totalRows: 12, processedRows: 12, created: 1, rejected: 11 });
    expect(job.rejectedRows).toEqual([
      { row: 3, field: 'price', reason: 'must be greater than 0' },
      { row: 4, field: 'currency', reason: 'must be one of JPY, CNY, USD, HKD, EUR, KRW, TWD' },
      { row: 5, field: 'price', reason: 'must be an amount in CNY with at most 2 decimals, e.g. 128.00' },
      { row: 6, field: 'price', reason: 'must be greater than 0' },
      { row: 7, field: 'category', reason: 'must be a code of the category tree, e.g. kitchen.tableware' },
      { row: 8, field: 'image_urls', reason: 'image 2 must use https' },
      { row: 9, field: 'stock', reason: 'must be 0 or more' },
      { row: 10, field: 'sku_code', reason: 'repeats the SKU code of row 2' },
      { row: 11, field: 'sku_code', reason: 'is required' },
      { row: 12, field: 'default_creator_rate_bps', reason: 'must be at most 5000' },
      { row: 13, field: 'category', reason: 'differs from row 2, the first row of this product; leave it blank or repeat the same value' },
    ]);
    expect(await catalogCounts(t.org.id)).toMatchObject({ products: 1, skus: 1 });
  });

  it.each([
    ['a broken quote', 'sku_code,product_title,sku_name,price,currency,category\nA,"unclosed,x,1,CNY,kitchen\n', 2],
    ['a stray quote', 'sku_code,product_title,sku_name,price,currency,category\nA,ok,x,1,CNY,kitchen\nB,bad"title,x,1,CNY,kitchen\n', 3],
    ['an unknown column', 'sku_code,product_title,sku_name,price,currency,category,colour\n', 1],
    ['a missing column', 'sku_code,product_title,price,currency,category\nA,b,1,CNY,kitchen\n', 1],
    ['a header without rows', 'sku_code,product_title,sku_name,price,currency,category\r\n', 2],
    ['an empty file', '', 1],
  ])('refuses a file with %s, naming the line and importing nothing', async (_what, text, line) => {
    const t = await createTenant(db());
    const res = await upload(t.key, text);
    expect(res.status, res.text).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', path: 'body' });
    expect(res.body.error.message).toMatch(new RegExp(`^CSV line ${line}: `));
    expect(await jobsOf(t.org.id)).toBe(0);
  });

  it('refuses Shift_JIS and UTF-16 files, naming the line', async () => {
    const t = await createTenant(db());
    const head = new TextEncoder().encode('sku_code,product_title,sku_name,price,currency,category\nA,');
    const sjis = new Uint8Array([...head, 0x93, 0x92, 0x8c, 0xa9, ...new TextEncoder().encode(',x,1,JPY,kitchen\n')]);
    const res = await upload(t.key, sjis);
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.message).toMatch(/^CSV line 2: .*UTF-8/);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'sku_code'].map((c) => c.charCodeAt(0))).buffer)]);
    const res16 = await upload(t.key, utf16);
    expect(res16.body.error.message).toMatch(/^CSV line 1: .*UTF-16/);
    expect(await jobsOf(t.org.id)).toBe(0);
  });

  it('wants text/csv in UTF-8', async () => {
    const t = await createTenant(db());
    const csv = csvOf([row()]);
    expect((await upload(t.key, csv, 'application/json')).status).toBe(415);
    expect((await upload(t.key, csv, 'text/csv; charset=shift_jis')).status).toBe(415);
    expect((await upload(t.key, csv, 'text/csv; charset=UTF-8')).status).toBe(202);
  });

  it('takes files up to 10 MiB and refuses larger ones with 413', async () => {
    const t = await createTenant(db());
    const big = csvOf([row()]) + ' '.repeat(10 * 1024 * 1024);
    const res = await upload(t.key, big);
    expect(res.status, res.text.slice(0, 300)).toBe(413);
    // Above the 1 MiB JSON limit, but within the CSV one.
    const filler = Array.from({ length: 6000 }, (_, i) => row({ sku_code: `BIG-${i}`, product_title: `Big ${i}`, description: 'x'.repeat(200) }));
    const ok = await upload(t.key, csvOf(filler));
    expect(ok.status, ok.text.slice(0, 300)).toBe(202);
    expect(ok.body.totalRows).toBe(6000);
  });

  it('is for merchants', async () => {
    const t = await createTenant(db(), 'provider');
    const res = await upload(t.key, csvOf([row()]));
    expect(res.status, res.text).toBe(403);
  });
});
