/**
 * The orders benchmark's load: a separate Node process (pinned to the load core like send-clicks.mjs) that posts
 * `count` attributed orders to the postback door — `POST /v1/orders/batch` with `batch` orders per request, or
 * `POST /v1/orders` one by one (`batch` = 0) — `concurrency` requests at a time, and prints one line
 * `SEND_JSON {...}`: orders created / replayed / rejected, HTTP statuses, the seconds from the first send to the
 * last answer. Orders are built here, not sent in: each has its own external id, one of the seeded clicks, one or
 * two lines of the seeded SKU at varied prices.
 * argv: url key job.json (job: { count, batch, concurrency, prefix, sku: { code, price }, clickIds })
 */
import { readFileSync } from 'node:fs';

const [url, key, jobFile] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobFile, 'utf8'));
const { count, batch, concurrency, prefix, sku, clickIds } = job;
const placedAt = Date.now();

function order(i) {
  const lines = [{ sku: sku.code, quantity: 1 + (i % 3), unitPrice: sku.price + (i % 97) * 13, discount: i % 7 }];
  if (i % 4 === 0) lines.push({ sku: sku.code, quantity: 1, unitPrice: 990 + (i % 31) });
  return { externalId: `${prefix}-${i}`, clickId: clickIds[i % clickIds.length], currency: 'CNY', placedAt, lines };
}

const requests = [];
if (batch > 0) for (let i = 0; i < count; i += batch) requests.push({ path: '/v1/orders/batch', body: { orders: Array.from({ length: Math.min(batch, count - i) }, (_, k) => order(i + k)) } });
else for (let i = 0; i < count; i++) requests.push({ path: '/v1/orders', body: order(i) });
const bodies = requests.map((r) => ({ path: r.path, text: JSON.stringify(r.body), n: r.body.orders?.length ?? 1 }));

const result = { orders: 0, created: 0, replayed: 0, rejected: 0, statuses: {}, errors: 0, firstError: null, seconds: 0 };
let next = 0;
const started = performance.now();
async function worker() {
  while (next < bodies.length) {
    const b = bodies[next++];
    try {
      const res = await fetch(new URL(b.path, url), { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: b.text });
      const text = await res.text();
      result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
      result.orders += b.n;
      if (batch > 0 && res.status === 200) {
        const { counts } = JSON.parse(text);
        result.created += counts.created;
        result.replayed += counts.replayed;
        result.rejected += counts.rejected;
      } else if (batch === 0 && res.status === 201) result.created += 1;
      else if (batch === 0 && res.status === 200) result.replayed += 1;
      else {
        result.rejected += b.n;
        result.firstError ??= `${res.status} ${text.slice(0, 300)}`;
      }
    } catch (error) {
      result.errors += 1;
      result.firstError ??= String(error);
    }
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
result.seconds = (performance.now() - started) / 1000;
console.log(`SEND_JSON ${JSON.stringify(result)}`);
