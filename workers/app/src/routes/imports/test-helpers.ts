import { afterEach, beforeEach } from 'vitest';
import { env, SELF } from 'cloudflare:test';
import { toCsv } from '@xuanpin/core/csv';
import { d1Database } from '@xuanpin/db';
import { overrideServices } from '../../middleware/init';
import { IMPORT_COLUMNS, type Column } from '../../services/imports/columns';
import { BASE, call } from '../../../test/security';

export type Row = Partial<Record<Column, string>>;

/** A valid row; SKU codes and titles are the caller's to make unique. */
export const row = (over: Row = {}): Row => ({
  sku_code: 'C-1',
  product_title: 'Kutani plate',
  sku_name: 'Small',
  price: '128.00',
  currency: 'CNY',
  stock: '10',
  category: 'kitchen.tableware',
  status: 'active',
  description: 'Hand-painted',
  image_urls: 'https://img.example.test/a.jpg|https://img.example.test/b.jpg',
  product_url: 'https://shop.example.jp/plate',
  default_creator_rate_bps: '1500',
  sample_policy: 'free',
  sample_quantity: '2',
  ...over,
});

export const csvOf = (rows: Row[], columns: readonly string[] = IMPORT_COLUMNS) =>
  toCsv([[...columns], ...rows.map((r) => columns.map((c) => r[c as Column] ?? ''))]);

/** Uploads a file to an import endpoint (products unless `path` names another); answers status, body and text. */
export async function upload(key: string, body: string | Uint8Array<ArrayBuffer>, contentType = 'text/csv', path = '/v1/imports/products?filename=test.csv') {
  const res = await SELF.fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': contentType },
    body,
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, body: json, text };
}

/** Calls `continue` until the import is done; answers the final import. */
export async function runToEnd(key: string, id: string, chunks = 20) {
  for (let i = 0; i < 1000; i++) {
    const res = await call('POST', `/v1/imports/${id}/continue?chunks=${chunks}`, { key });
    if (res.status !== 200) throw new Error(res.text);
    if (res.body.status === 'done') return res.body;
  }
  throw new Error('import never finished');
}

/** Uploads a file and applies it to the end. */
export async function importCsv(key: string, csv: string | Uint8Array<ArrayBuffer>) {
  const res = await upload(key, csv);
  if (res.status !== 202) throw new Error(res.text);
  return res.body.status === 'done' ? res.body : runToEnd(key, res.body.id);
}

/**
 * Keeps the EVENTS queue out of a test: messages are captured instead of consumed, so chunks are applied only
 * by the test's `continue` calls. `statements()` counts D1 statements prepared by requests (reset with `reset`).
 */
export function isolateImports() {
  const sent: unknown[] = [];
  let statements = 0;
  const counted = new Proxy(env.DB, {
    get(target, prop) {
      const value = Reflect.get(target, prop);
      if (prop === 'prepare') return (query: string) => (statements++, target.prepare(query));
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  beforeEach(() => {
    sent.length = 0;
    overrideServices((s) => ({
      ...s,
      db: d1Database(counted),
      env: { ...s.env, EVENTS: { send: async (m: unknown) => void sent.push(m), sendBatch: async () => {} } as unknown as Queue },
    }));
  });
  afterEach(() => overrideServices(undefined));
  return { sent, statements: () => statements, reset: () => void (statements = 0) };
}
