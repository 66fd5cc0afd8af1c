import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:test';
import { count, eq } from 'drizzle-orm';
import { products, skus, stockMoves } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { importQueueHandler } from '../../services/imports/queue';
import { call, db } from '../../../test/security';
import { csvOf, importCsv, isolateImports, row, upload, type Row } from './test-helpers';

const queue = isolateImports();

/** 10,000 SKUs over 4,000 products (1–4 SKUs each), in CNY and JPY. */
function bigFile(): Row[] {
  const rows: Row[] = [];
  for (let i = 0; rows.length < 10_000; i++) {
    for (let k = 0; k < (i % 4) + 1 && rows.length < 10_000; k++) {
      const jpy = i % 3 === 0;
      rows.push(row({ sku_code: `BIG-${i}-${k}`, product_title: `Product ${i}`, sku_name: `Variant ${k}`, price: jpy ? String(1000 + i) : `${100 + (i % 50)}.${String(k * 25).padStart(2, '0')}`, currency: jpy ? 'JPY' : 'CNY', stock: String((i * 7 + k) % 100) }));
    }
  }
  return rows;
}

async function countOf(table: typeof products | typeof skus | typeof stockMoves, orgId: string) {
  return (await db().select({ n: count() }).from(table).where(eq(table.orgId, orgId)))[0].n;
}

describe('POST /v1/imports/{id}/continue', () => {
  it('imports 10,000 rows in chunk steps well inside Workers limits, and a re-import changes nothing', { timeout: 120_000 }, async () => {
    const t = await createTenant(db());
    const csv = csvOf(bigFile());
    queue.reset();
    const started = Date.now();
    const res = await upload(t.key, csv);
    const uploadMs = Date.now() - started;
    expect(res.status, res.text.slice(0, 500)).toBe(202);
    expect(res.body.totalRows).toBe(10_000);
    const uploadStatements = queue.statements();
    const steps: { ms: number; statements: number }[] = [];
    let job = res.body;
    while (job.status !== 'done') {
      queue.reset();
      const t0 = Date.now();
      const step = await call('POST', `/v1/imports/${job.id}/continue?chunks=1`, { key: t.key });
      steps.push({ ms: Date.now() - t0, statements: queue.statements() });
      expect(step.status, step.text.slice(0, 500)).toBe(200);
      job = step.body;
    }
    const worst = { ms: Math.max(...steps.map((s) => s.ms)), statements: Math.max(...steps.map((s) => s.statements)) };
    console.log(JSON.stringify({ measured: '10k-row import', uploadMs, uploadStatements, chunks: steps.length, worstStep: worst, totalMs: Date.now() - started }));
    expect(steps).toHaveLength(40);
    expect(uploadStatements).toBeLessThan(100);
    expect(worst.statements).toBeLessThan(50);
    expect(worst.ms).toBeLessThan(3000);
    expect(job).toMatchObject({ processedRows: 10_000, created: 10_000, updated: 0, unchanged: 0, rejected: 0 });
    expect(await countOf(products, t.org.id)).toBe(4000);
    expect(await countOf(skus, t.org.id)).toBe(10_000);

    const again = await upload(t.key, csv);
    let second = again.body;
    while (second.status !== 'done') second = (await call('POST', `/v1/imports/${second.id}/continue?chunks=20`, { key: t.key })).body;
    expect(second).toMatchObject({ processedRows: 10_000, created: 0, updated: 0, unchanged: 10_000, rejected: 0 });
    expect(await countOf(skus, t.org.id)).toBe(10_000);
    const moves = await countOf(stockMoves, t.org.id);
    expect(moves).toBeLessThanOrEqual(10_000);
  });

  it('applies each chunk exactly once when continue calls and the queue consumer race', async () => {
    const t = await createTenant(db());
    const rows = Array.from({ length: 1200 }, (_, i) => row({ sku_code: `R-${i}`, product_title: `Race ${Math.floor(i / 3)}` }));
    const { body } = await upload(t.key, csvOf(rows));
    const sends: unknown[] = [];
    const fakeEnv = { ...env, EVENTS: { send: async (m: unknown) => void sends.push(m) } } as unknown as typeof env;
    const message = { body: { type: 'catalog.import', jobId: body.id }, ack() {}, retry() {} } as unknown as Message<{ type: string; jobId: string }>;
    await Promise.all([
      call('POST', `/v1/imports/${body.id}/continue?chunks=2`, { key: t.key }),
      importQueueHandler([message], fakeEnv),
      call('POST', `/v1/imports/${body.id}/continue?chunks=2`, { key: t.key }),
    ]);
    let job = (await call('GET', `/v1/imports/${body.id}`, { key: t.key })).body;
    while (job.status !== 'done') job = (await call('POST', `/v1/imports/${body.id}/continue`, { key: t.key })).body;
    expect(job).toMatchObject({ totalRows: 1200, processedRows: 1200, created: 1200, rejected: 0 });
    expect(await countOf(skus, t.org.id)).toBe(1200);
    expect(await countOf(products, t.org.id)).toBe(400);
    expect(await countOf(stockMoves, t.org.id)).toBe(1200);
  });

  it('lets the queue consumer finish a job by re-enqueueing it', async () => {
    const t = await createTenant(db());
    const rows = Array.from({ length: 2600 }, (_, i) => row({ sku_code: `Q-${i}`, product_title: `Queued ${i}` }));
    const { body } = await upload(t.key, csvOf(rows));
    const sends: any[] = [];
    const fakeEnv = { ...env, EVENTS: { send: async (m: unknown) => void sends.push(m) } } as unknown as typeof env;
    const message = (jobId: string) => ({ body: { type: 'catalog.import', jobId }, ack() {}, retry() {} }) as unknown as Message<{ type: string; jobId: string }>;
    await importQueueHandler([message(body.id), message(body.id)], fakeEnv);
    expect(sends).toEqual([{ type: 'catalog.import', jobId: body.id }]);
    await importQueueHandler([message(sends[0].jobId)], fakeEnv);
    expect(sends).toHaveLength(1);
    const job = (await call('GET', `/v1/imports/${body.id}`, { key: t.key })).body;
    expect(job).toMatchObject({ status: 'done', created: 2600 });
  });

  it('answers a finished import as it is, and 404 for an unknown or foreign import', async () => {
    const t = await createTenant(db());
    const job = await importCsv(t.key, csvOf([row({ sku_code: 'F-1' })]));
    const res = await call('POST', `/v1/imports/${job.id}/continue`, { key: t.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual(job);
    const stranger = await createTenant(db());
    expect((await call('POST', `/v1/imports/${job.id}/continue`, { key: stranger.key })).status).toBe(404);
    expect((await call('POST', '/v1/imports/imp_00000000000000000000000000/continue', { key: t.key })).status).toBe(404);
    expect((await call('POST', `/v1/imports/${job.id}/continue?chunks=0`, { key: t.key })).body.error.path).toBe('chunks');
  });
});
