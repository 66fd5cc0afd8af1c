import { SELF } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSession, createTenant } from '@xuanpin/db/test/factories';
import { overrideServices } from '../src/middleware/init';
import { countKeys } from '../src/routes/keys/test-helpers';
import { BASE, call, db } from './security';

type Res = Awaited<ReturnType<typeof call>>;

/** Every error: the status and code, the one error body, a docs link, and the request id echoed in the header. */
function expectError(res: Res, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type'), res.text).toMatch(/^application\/json/);
  expect(res.body.error.code, res.text).toBe(code);
  expect(res.body.error.docs, res.text).toMatch(new RegExp(`/docs/errors#${code}$`));
  expect(res.body.error.requestId, res.text).toBe(res.headers.get('x-request-id'));
}

/** A tenant whose key count is checked after each rejected write. */
async function tenant() {
  const t = await createTenant(db());
  return { ...t, nothingWritten: async () => expect(await countKeys(t.org.id)).toBe(1) };
}

const valid = { name: 'k', scopes: ['catalog:read'] };
afterEach(() => overrideServices(undefined));

describe('bad input on a JSON write (POST /v1/keys)', () => {
  it('answers 400 malformed_json to a body that does not parse', async () => {
    const t = await tenant();
    for (const body of ['{"name": "k",', '{name: k}', 'null x', '']) {
      expectError(await call('POST', '/v1/keys', { key: t.key, body, headers: { 'content-type': 'application/json' } }), 400, 'malformed_json');
    }
    await t.nothingWritten();
  });

  it('answers 400 validation_failed naming the field of a wrong type or an unknown field', async () => {
    const t = await tenant();
    const cases: [unknown, string][] = [
      [{ ...valid, name: 5 }, 'name'],
      [{ ...valid, scopes: { 0: 'catalog:read' } }, 'scopes'],
      [{ ...valid, scopes: [7] }, 'scopes.0'],
      [{ ...valid, expiresAt: true }, 'expiresAt'],
      [{ ...valid, orgId: 'org_x' }, 'orgId'],
    ];
    for (const [body, path] of cases) {
      const res = await call('POST', '/v1/keys', { key: t.key, body });
      expectError(res, 400, 'validation_failed');
      expect(res.body.error.path, res.text).toBe(path);
      expect(res.body.error.message, res.text).toContain(path);
    }
    for (const body of [[], 'x', 1, null]) {
      const res = await call('POST', '/v1/keys', { key: t.key, body: JSON.stringify(body) });
      expectError(res, 400, 'validation_failed');
    }
    await t.nothingWritten();
  });

  it('answers 413 to a body over 1 MiB, with or without Content-Length', async () => {
    const t = await tenant();
    const big = JSON.stringify({ ...valid, name: 'x'.repeat(1024 * 1024) });
    expectError(await call('POST', '/v1/keys', { key: t.key, body: big }), 413, 'payload_too_large');
    const stream = new Blob([big]).stream();
    const res = await SELF.fetch(`${BASE}/v1/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.key}`, 'content-type': 'application/json' },
      body: stream,
    });
    const text = await res.text();
    expectError({ status: res.status, headers: res.headers, text, body: JSON.parse(text) }, 413, 'payload_too_large');
    await t.nothingWritten();
  });

  it('answers 415 to a body that is not sent as JSON', async () => {
    const t = await tenant();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx']) {
      const res = await call('POST', '/v1/keys', { key: t.key, body: JSON.stringify(valid), headers: { 'content-type': type } });
      expectError(res, 415, 'unsupported_media_type');
    }
    const none = await SELF.fetch(`${BASE}/v1/keys`, { method: 'POST', headers: { authorization: `Bearer ${t.key}` } });
    expect(none.status, await none.text()).toBe(415);
    await t.nothingWritten();
  });
});

describe('bad credentials', () => {
  it('answers 401 to a forged or an expired session cookie, on reads and writes', async () => {
    const t = await tenant();
    const expired = await createSession(db(), t.user.id, t.org.id, { now: Date.now() - 20 * 86_400_000, expiresAt: Date.now() - 1 });
    const idle = await createSession(db(), t.user.id, t.org.id, { now: Date.now() - 4 * 86_400_000 });
    for (const token of ['A'.repeat(43), 'forged', expired.token, idle.token]) {
      const headers = { cookie: `xp_session=${token}; xp_csrf=c`, 'x-csrf-token': 'c' };
      expectError(await call('GET', '/v1/keys', { headers }), 401, 'unauthorized');
      expectError(await call('POST', '/v1/keys', { headers, body: valid }), 401, 'unauthorized');
    }
    await t.nothingWritten();
  });

  it('answers 401 to bad keys', async () => {
    const t = await tenant();
    const bad = ['', 'Bearer ', `bearer ${t.key}`, `Bearer  ${t.key}`, `Bearer ${t.key} extra`, `Token ${t.key}`, 'Bearer xpk_' + 'A'.repeat(32)];
    for (const authorization of bad) {
      expectError(await call('GET', '/v1/keys', { authorization }), 401, 'unauthorized');
      expectError(await call('POST', '/v1/keys', { authorization, body: valid }), 401, 'unauthorized');
    }
    await t.nothingWritten();
  });
});

describe('bad requests on reads, unknown paths and failures', () => {
  it('answers 400 naming a bad query parameter or path id', async () => {
    const t = await tenant();
    const res = await call('GET', '/v1/keys?limit=-1', { key: t.key });
    expectError(res, 400, 'validation_failed');
    expect(res.body.error.path).toBe('limit');
    expectError(await call('GET', `/v1/keys/${'x'.repeat(100)}`, { key: t.key }), 400, 'validation_failed');
  });

  it('answers a JSON 404 to an unknown /v1 path', async () => {
    const t = await tenant();
    for (const path of ['/v1/nope', '/v1/keys/a/b/c', '/v1/']) expectError(await call('GET', path, { key: t.key }), 404, 'not_found');
    expectError(await call('POST', '/v1/nope', { key: t.key, body: {} }), 404, 'not_found');
  });

  it('answers a generic 500 that does not echo an unexpected exception', async () => {
    const t = await tenant();
    const secret = 'SQLITE_BUSY at /internal/db/path with row secret-42';
    overrideServices((s) => ({
      ...s,
      db: new Proxy(s.db, { get: (target, prop, r) => (prop === 'batch' ? () => Promise.reject(new Error(secret)) : Reflect.get(target, prop, r)) }),
    }));
    const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
    const res = await call('POST', '/v1/keys', { key: t.key, body: valid });
    expectError(res, 500, 'internal_error');
    // Logged in full, with the request id, for us; never echoed to the caller.
    expect(logs.mock.calls.map(String).find((l) => l.includes(res.body.error.requestId))).toContain('secret-42');
    expect(res.text).not.toContain('secret-42');
    expect(res.text).not.toContain('SQLITE');
    overrideServices((s) => ({ ...s, db: new Proxy({}, { get: () => { throw new Error(secret); } }) as typeof s.db }));
    const read = await call('GET', '/v1/keys', { key: t.key });
    expectError(read, 500, 'internal_error');
    expect(read.text).not.toContain('secret-42');
    logs.mockRestore();
    overrideServices(undefined);
    await t.nothingWritten();
  });
});
