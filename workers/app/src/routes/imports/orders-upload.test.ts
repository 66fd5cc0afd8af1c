import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { commissionLines, importJobs, journalEntries, orderLines, orders } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { call, db } from '../../../test/security';
import { imbalancedJournals } from '../../services/ledger/balances';
import { recordOrders } from '../../services/orders/record';
import { parseTime } from '../../services/orders/csv';
import { sellingSetup } from '../../services/orders/test-setup';
import { isolateImports } from './test-helpers';
import { importOrders, orderCsv, runOrdersToEnd, storedImport, uploadOrders, type OrderRow } from './orders-test-helpers';

const queue = isolateImports();
const NOW = Date.now();
const PLACED = NOW - 1_800_000;
/** The same instant as PLACED, written in China time. */
const PLACED_CN = new Date(PLACED + 8 * 3_600_000).toISOString().replace('Z', '+08:00');

const countWhere = async (table: typeof orders | typeof journalEntries, where: ReturnType<typeof eq>) => (await db().select({ n: count() }).from(table).where(where))[0].n;

describe('POST /v1/imports/orders', () => {
  it('records good orders through the pipeline, rejects bad rows by column, replays, and a re-upload changes nothing', async () => {
    const s = await sellingSetup(db(), NOW);
    const merchant = s.merchant.org.id;
    const code = s.sku.code;
    const { skus: [jpy] } = await createProduct(db(), merchant, { skus: [{ code: `JP-${NOW}`, currency: 'JPY', price: 1980 }] });
    // Sent earlier through the postback: H-1 again with the same content is a replay, I-1 with other content a 409.
    const rc = { merchantOrgId: merchant, source: 'postback' as const, now: NOW };
    await recordOrders(db(), rc, [
      { externalId: 'H-1', currency: 'CNY', placedAt: PLACED, lines: [{ sku: code, quantity: 1, unitPrice: 2_800 }] },
      { externalId: 'I-1', currency: 'CNY', placedAt: PLACED, lines: [{ sku: code, quantity: 1, unitPrice: 2_800 }] },
    ]);
    const line = (over: OrderRow): OrderRow => ({ currency: 'CNY', placed_at: String(PLACED), sku: code, quantity: '1', unit_price: '28.00', ...over });
    const csv = orderCsv([
      line({ external_order_id: 'A-1', click_id: s.click.id, placed_at: PLACED_CN, buyer: 'Fan@Example.test', quantity: '2', discount: '1.00' }), // 2
      { external_order_id: 'A-1', sku: code, quantity: '1', unit_price: '28' }, // 3: its order columns left blank
      line({ external_order_id: 'B-1', sku: 'NOPE' }), // 4
      line({ external_order_id: 'C-1', sku: jpy.code }), // 5
      line({ external_order_id: 'D-1', quantity: '0' }), // 6
      line({ external_order_id: 'E-1', unit_price: '12.345' }), // 7
      line({ external_order_id: 'F-1' }), // 8
      line({ external_order_id: 'G-1' }), // 9
      line({ external_order_id: 'G-1', quantity: 'two' }), // 10
      line({ external_order_id: 'H-1' }), // 11
      line({ external_order_id: 'I-1', quantity: '2' }), // 12
      line({ external_order_id: 'J-1', placed_at: 'yesterday' }), // 13
      line({ external_order_id: 'K-1' }), // 14
      line({ external_order_id: 'K-1', currency: 'JPY' }), // 15
    ]);
    const res = await uploadOrders(s.merchant.key, csv);
    expect(res.status, res.text).toBe(202);
    expect(res.body).toMatchObject({ status: 'pending', filename: 'orders-test.csv', totalRows: 14, processedRows: 0 });
    expect(queue.sent).toContainEqual({ type: 'catalog.import', jobId: res.body.id });
    expect(await countWhere(orders, eq(orders.merchantOrgId, merchant))).toBe(2);

    const job = (await runOrdersToEnd(s.merchant.key, res.body.id)).at(-1);
    expect(job).toMatchObject({ status: 'done', totalRows: 14, processedRows: 14, created: 3, updated: 0, unchanged: 1, rejected: 10 });
    expect(job.rejectedRows).toEqual([
      { row: 4, field: 'sku', reason: 'no SKU "NOPE" in your catalog.' },
      { row: 5, field: 'currency', reason: `CNY does not match the currency of SKU "${jpy.code}" (JPY).` },
      { row: 6, field: 'quantity', reason: 'must be a whole number of at least 1.' },
      { row: 7, field: 'unit_price', reason: 'must be an amount in CNY with at most 2 decimals, e.g. 128.00' },
      { row: 9, field: 'external_order_id', reason: 'order G-1 is not recorded: row 10 of it is rejected' },
      { row: 10, field: 'quantity', reason: 'must be a whole number' },
      { row: 12, field: 'external_order_id', reason: 'this order was already recorded with different content.' },
      { row: 13, field: 'placed_at', reason: 'must be ISO 8601 with a time zone (2026-11-20T10:30:00+08:00) or ms since the epoch' },
      { row: 14, field: 'external_order_id', reason: 'order K-1 is not recorded: row 15 of it is rejected' },
      { row: 15, field: 'currency', reason: 'differs from row 14, the first row of order K-1; leave it blank or repeat the same value' },
    ]);

    // one order of two lines, attributed, split and booked like a postback, marked as a CSV order.
    const [a1] = await db().select().from(orders).where(and(eq(orders.merchantOrgId, merchant), eq(orders.externalId, 'A-1')));
    expect(a1).toMatchObject({ source: 'csv', placedAt: PLACED, attribution: 'attributed', creatorOrgId: s.creator.org.id, total: 2 * 2_800 - 100 + 2_800 });
    const lines = await db().select().from(orderLines).where(eq(orderLines.orderId, a1.id));
    expect(lines.map((l) => [l.lineNo, l.quantity, l.unitPrice, l.discount])).toEqual([[1, 2, 2_800, 100], [2, 1, 2_800, 0]]);
    expect((await db().select().from(commissionLines).where(eq(commissionLines.orderId, a1.id))).length).toBe(8);
    const [f1] = await db().select().from(orders).where(and(eq(orders.merchantOrgId, merchant), eq(orders.externalId, 'F-1')));
    expect(f1).toMatchObject({ source: 'csv', attribution: 'unattributed', attributionReason: 'no_click_id' });
    for (const id of ['B-1', 'C-1', 'D-1', 'E-1', 'G-1', 'J-1', 'K-1']) {
      expect(await countWhere(orders, and(eq(orders.merchantOrgId, merchant), eq(orders.externalId, id))!), id).toBe(0);
    }
    expect(await countWhere(orders, eq(orders.merchantOrgId, merchant))).toBe(4);
    expect(await imbalancedJournals(db())).toBe(0);

    // The same file again: every recorded order replays; nothing new is written.
    const journalsBefore = (await db().select({ n: count() }).from(journalEntries))[0].n;
    const again = await importOrders(s.merchant.key, csv);
    expect(again).toMatchObject({ status: 'done', totalRows: 14, created: 0, unchanged: 4, rejected: 10 });
    expect(again.rejectedRows).toEqual(job.rejectedRows);
    expect(await countWhere(orders, eq(orders.merchantOrgId, merchant))).toBe(4);
    expect((await db().select({ n: count() }).from(journalEntries))[0].n).toBe(journalsBefore);

    // Followed through its own routes, not the catalog's.
    const got = await call('GET', `/v1/imports/orders/${res.body.id}`, { key: s.merchant.key });
    expect(got.status, got.text).toBe(200);
    expect(got.body).toMatchObject({ id: res.body.id, created: 3, unchanged: 1, rejected: 10 });
    expect((await call('GET', `/v1/imports/${res.body.id}`, { key: s.merchant.key })).status).toBe(404);
    expect((await call('POST', `/v1/imports/${res.body.id}/continue`, { key: s.merchant.key })).status).toBe(404);
    expect((await call('GET', '/v1/imports', { key: s.merchant.key })).text).not.toContain(res.body.id);
    const productImport = await storedImport(db(), merchant, 'products');
    expect((await call('GET', `/v1/imports/orders/${productImport}`, { key: s.merchant.key })).status).toBe(404);
  });

  it('keeps an order whole across chunks, and rejects an order one of whose rows the file could not read', async () => {
    const s = await sellingSetup(db(), NOW);
    const code = s.sku.code;
    const line = (id: string, over: OrderRow = {}): OrderRow => ({ external_order_id: id, currency: 'CNY', placed_at: String(PLACED), sku: code, quantity: '1', unit_price: '1.00', ...over });
    const rows = Array.from({ length: 99 }, (_, i) => line(`N-${i}`));
    rows.push(line('BIG', { quantity: '1' }), line('BIG', { quantity: '2' }), line('BIG', { quantity: '3' }));
    const res = await uploadOrders(s.merchant.key, orderCsv(rows));
    expect(res.status, res.text).toBe(202);
    const steps = await runOrdersToEnd(s.merchant.key, res.body.id, 1);
    // 99 one-line orders fill the first chunk (100 rows at most); the three rows of BIG go together into the next.
    expect(steps.map((j) => j.processedRows)).toEqual([99, 102]);
    expect(steps.at(-1)).toMatchObject({ created: 102, rejected: 0 });
    const [big] = await db().select().from(orders).where(and(eq(orders.merchantOrgId, s.merchant.org.id), eq(orders.externalId, 'BIG')));
    expect((await db().select().from(orderLines).where(eq(orderLines.orderId, big.id))).map((l) => l.quantity)).toEqual([1, 2, 3]);

    // The second row of L-1 has a field too many: L-1 is not recorded at all, rather than without that line.
    const header = 'external_order_id,currency,placed_at,sku,quantity,unit_price';
    const text = `${header}\nL-1,CNY,${PLACED},${code},1,1.00\nL-1,CNY,${PLACED},${code},1,1.00,extra\nM-1,CNY,${PLACED},${code},1,1.00\n`;
    const job = await importOrders(s.merchant.key, text);
    expect(job).toMatchObject({ totalRows: 3, created: 1, rejected: 2 });
    expect(job.rejectedRows).toEqual([
      { row: 2, field: 'external_order_id', reason: 'order L-1 is not recorded: row 3 of it is rejected' },
      { row: 3, field: 'row', reason: 'has 7 fields; the header has 6' },
    ]);
  });

  it('refuses an unreadable file naming the line, wants text/csv, and is for merchants', async () => {
    const s = await sellingSetup(db(), NOW);
    const bad = await uploadOrders(s.merchant.key, 'external_order_id,currency,placed_at,sku,quantity,unit_price,colour\n');
    expect(bad.status, bad.text).toBe(400);
    expect(bad.body.error.message).toMatch(/^CSV line 1: unknown column "colour"/);
    const missing = await uploadOrders(s.merchant.key, 'external_order_id,currency,sku,quantity,unit_price\nA,CNY,x,1,1\n');
    expect(missing.body.error.message).toBe('CSV line 1: the header lacks placed_at (the first line must be the header)');
    expect((await uploadOrders(s.merchant.key, orderCsv([{ external_order_id: 'X' }]), 'application/json')).status).toBe(415);
    expect(await countWhere(orders, eq(orders.merchantOrgId, s.merchant.org.id))).toBe(0);
    expect((await db().select({ n: count() }).from(importJobs).where(eq(importJobs.orgId, s.merchant.org.id)))[0].n).toBe(0);
    const provider = await createTenant(db(), 'provider');
    expect((await uploadOrders(provider.key, orderCsv([{ external_order_id: 'X' }]))).status).toBe(403);
  });

  it.each([
    ['1795136400000', 1_795_136_400_000],
    ['2026-11-20T10:00:00+09:00', Date.UTC(2026, 10, 20, 1)],
    ['2026-11-20T10:00:00+0900', Date.UTC(2026, 10, 20, 1)],
    ['2026-11-20 01:00Z', Date.UTC(2026, 10, 20, 1)],
    ['2026-11-20T01:00:00.250Z', Date.UTC(2026, 10, 20, 1) + 250],
    ['2026-11-20T10:00:00', null],
    ['2026-11-20', null],
    ['2026-02-30T00:00:00Z', null],
    ['20 Nov 2026', null],
  ])('reads placed_at %s', (text, expected) => {
    expect(parseTime(text)).toBe(expected);
  });
});
