import { createExecutionContext, createMessageBatch, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import worker from '../src/index';
import type { Bindings } from '../src/env';

/** Calls the entry directly, as the runtime would, with the given bindings. */
async function fetchWith(bindings: Partial<Record<keyof Bindings, unknown>>, path = '/health') {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`https://xuanpin.test${path}`), bindings as Bindings, ctx);
  await waitOnExecutionContext(ctx);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) };
}

const good = () => ({ DB: env.DB, EVENTS: env.EVENTS, ENVIRONMENT: 'test' });
let logged: ReturnType<typeof vi.spyOn>;
beforeEach(() => void (logged = vi.spyOn(console, 'error').mockImplementation(() => {})));
afterEach(() => logged.mockRestore());

describe('the entry with missing or wrong bindings', () => {
  it.each([
    ['DB is missing', { DB: undefined }, ['DB']],
    ['DB is not a D1 binding', { DB: 'sqlite://x' }, ['DB']],
    ['EVENTS is missing', { EVENTS: undefined }, ['EVENTS']],
    ['EVENTS is not a queue', { EVENTS: {} }, ['EVENTS']],
    ['ENVIRONMENT is unknown', { ENVIRONMENT: 'prod' }, ['ENVIRONMENT']],
    ['ENVIRONMENT is missing', { ENVIRONMENT: undefined }, ['ENVIRONMENT']],
    ['all are missing', { DB: undefined, EVENTS: undefined, ENVIRONMENT: undefined }, ['DB', 'EVENTS', 'ENVIRONMENT']],
  ])('answers 500 misconfigured when %s, naming it', async (_, change, named) => {
    for (const path of ['/health', '/v1/me', '/openapi.json']) {
      const res = await fetchWith({ ...good(), ...change }, path);
      expect(res.status, res.text).toBe(500);
      expect(res.body.error.code, res.text).toBe('misconfigured');
      for (const name of named) expect(res.body.error.message, res.text).toContain(name);
      expect(res.body.error.requestId).toBe(res.headers.get('x-request-id'));
      expect(res.body.error.docs).toBe('https://xuanpin.test/docs/errors#misconfigured');
      expect(String(logged.mock.lastCall?.[0])).toContain(res.body.error.requestId);
    }
  });

  it('never echoes a binding value', async () => {
    const res = await fetchWith({ ...good(), ENVIRONMENT: 'secret-token-123' });
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('secret-token-123');
  });

  it('serves normally with good bindings, also after a bad env was seen in the same isolate', async () => {
    expect((await fetchWith({ ...good(), DB: undefined })).status).toBe(500);
    const res = await fetchWith(good());
    expect(res.status, res.text).toBe(200);
    expect((await fetchWith(good(), '/v1/me')).body.error.code).toBe('unauthorized');
    // …and a good env seen first does not let a bad one through.
    expect((await fetchWith({ ...good(), EVENTS: undefined })).status).toBe(500);
    expect((await fetchWith({ ...good(), EVENTS: undefined }, '/l/AAAAAAAAAA')).status).toBe(500);
  });

  it('refuses queue batches and cron runs with bad bindings', async () => {
    const bad = { ...good(), DB: undefined } as unknown as Bindings;
    const batch = createMessageBatch('xuanpin-events', [{ id: 'm1', timestamp: Date.now(), attempts: 1, body: { type: 'x' } }]);
    await expect(worker.queue(batch as never, bad)).rejects.toThrow(/misconfigured/);
    const ctx = createExecutionContext();
    await expect(worker.scheduled(createScheduledController({ cron: '*/5 * * * *' }), bad, ctx)).rejects.toThrow(/misconfigured/);
  });
});
