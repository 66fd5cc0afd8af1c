/**
 * Orders through the postback door (issue 5): attributed orders posted to the built Worker under Miniflare with the
 * app's local D1 — each one validated, attributed, split with its frozen terms, its commission lines, stock moves and
 * balanced journal written — measured in orders per second, then the ledger is checked for any journal whose
 * postings do not sum to zero. Load comes from send-orders.mjs on the load core; workerd runs on its own core.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from '../scripts/lib.mjs';
import { cpuSeconds, onLoadCore } from './load.mjs';

function sendOrders(plan, url, key, job) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xuanpin-orders-'));
  const jobFile = path.join(dir, 'job.json');
  writeFileSync(jobFile, JSON.stringify(job));
  const [command, args] = onLoadCore(plan, process.execPath, [path.join(root, 'bench/send-orders.mjs'), url, key, jobFile]);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      rmSync(dir, { recursive: true, force: true });
      const line = out.split('\n').find((l) => l.startsWith('SEND_JSON '));
      if (code !== 0 || !line) return reject(new Error(`send-orders exited ${code}: ${out}`));
      resolve(JSON.parse(line.slice('SEND_JSON '.length)));
    });
  });
}

async function count(db, sql, ...args) {
  const row = await db.prepare(sql).bind(...args).first();
  return Number(Object.values(row)[0]);
}

/**
 * A measured run: `count` orders, `batch` per request (0: one per POST /v1/orders), `concurrency` requests in flight;
 * workerd's CPU time is read around it.
 */
async function measure(rt, plan, seeded, job) {
  const cpu0 = cpuSeconds(rt.workerdPid);
  const sent = await sendOrders(plan, rt.appUrl, seeded.key, { ...job, sku: seeded.sku, clickIds: seeded.clickIds });
  const cpu1 = cpuSeconds(rt.workerdPid);
  if (sent.errors || sent.rejected || sent.created !== job.count) {
    throw new Error(`orders benchmark: ${sent.created}/${job.count} created, ${sent.rejected} rejected, ${sent.errors} errors; first: ${sent.firstError}`);
  }
  return { ...sent, perSecond: sent.created / sent.seconds, cpuUsPerOrder: cpu0 !== undefined && cpu1 !== undefined ? ((cpu1 - cpu0) * 1e6) / sent.created : undefined };
}

/** @param ctx {{ rt, plan, figures, settings: { orders, orderBatch, orderConcurrency, singleOrders } }} */
export async function benchOrders({ rt, plan, figures, settings }) {
  const { seedOrders } = await tsImport(path.join(root, 'bench/orders-seed.ts'), import.meta.url);
  const seeded = await seedOrders(rt.db);
  const tag = Date.now().toString(36);
  const batch = settings.orderBatch;
  const concurrency = settings.orderConcurrency;
  // Warm-up (JIT, the isolate's caches, D1's pages), not counted.
  await measure(rt, plan, seeded, { count: batch * concurrency, batch, concurrency, prefix: `warm-${tag}` });

  const run = await measure(rt, plan, seeded, { count: settings.orders, batch, concurrency, prefix: `b-${tag}` });
  console.log(`  ${run.created} orders in ${Math.ceil(settings.orders / batch)} requests of ${batch}, ${concurrency} at a time: ${run.seconds.toFixed(2)} s`);
  const single = await measure(rt, plan, seeded, { count: settings.singleOrders, batch: 0, concurrency: 8, prefix: `s-${tag}` });
  console.log(`  ${single.created} orders one per POST /v1/orders, 8 at a time: ${single.seconds.toFixed(2)} s`);

  // What the runs wrote: every order attributed, split (creator, provider, two platform fees) and journaled once.
  const recorded = await count(rt.db, 'SELECT count(*) FROM orders WHERE merchant_org_id = ?', seeded.merchantOrgId);
  const attributed = await count(rt.db, "SELECT count(*) FROM orders WHERE merchant_org_id = ? AND attribution = 'attributed'", seeded.merchantOrgId);
  const journals = await count(rt.db, "SELECT count(*) FROM journal_entries j JOIN orders o ON o.id = j.order_id WHERE o.merchant_org_id = ? AND j.kind = 'order'", seeded.merchantOrgId);
  const imbalances = await count(rt.db, 'SELECT count(*) FROM (SELECT journal_id FROM ledger_postings GROUP BY journal_id HAVING sum(amount) <> 0)');
  const expected = batch * concurrency + settings.orders + settings.singleOrders;
  if (recorded !== expected || attributed !== expected || journals !== expected) {
    throw new Error(`orders benchmark: ${recorded} orders recorded, ${attributed} attributed, ${journals} order journals; expected ${expected} of each`);
  }
  figures.add('orders.per_s', run.perSecond, 'orders/s', { digits: 0 });
  figures.add('ledger.imbalances', imbalances, 'count');
  figures.add('orders.single_per_s', single.perSecond, 'orders/s', { context: true, digits: 0 });
  if (run.cpuUsPerOrder !== undefined) figures.add('orders.cpu', run.cpuUsPerOrder, 'µs/order', { context: true, digits: 0 });
  if (single.cpuUsPerOrder !== undefined) figures.add('orders.single_cpu', single.cpuUsPerOrder, 'µs/order', { context: true, digits: 0 });
  figures.add('orders.recorded', recorded, 'orders', { context: true });
  return { batch: run, single, recorded, journals, imbalances, settings: { batch, concurrency, orders: settings.orders, singleOrders: settings.singleOrders } };
}
