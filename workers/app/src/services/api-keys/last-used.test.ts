import { afterEach, describe, expect, it } from 'vitest';
import { createApiKey, createTenant } from '@xuanpin/db/test/factories';
import { overrideServices } from '../../middleware/init';
import { call, db } from '../../../test/security';
import { keyRow } from '../../routes/keys/test-helpers';
import { LAST_USED_DEBOUNCE_MS } from './verify';

/** Runs the app with its clock at `now`, collecting what it hands to waitUntil so the test can await it. */
function at(now: number, pending: Promise<unknown>[]) {
  overrideServices((s) => ({ ...s, clock: { now: () => now }, waitUntil: (p) => void pending.push(p) }));
}
afterEach(() => overrideServices(undefined));

describe('API key last-used time', () => {
  it('is written after a call, then at most once a minute', async () => {
    const t = await createTenant(db());
    const t0 = Date.now();
    const pending: Promise<unknown>[] = [];
    const use = async (now: number) => {
      at(now, pending);
      const res = await call('GET', '/v1/me', { key: t.key });
      expect(res.status, res.text).toBe(200);
      await Promise.all(pending.splice(0));
      return (await keyRow(t.apiKey.id)).lastUsedAt;
    };
    expect(await use(t0)).toBe(t0);
    expect(await use(t0 + 1_000)).toBe(t0);
    expect(await use(t0 + LAST_USED_DEBOUNCE_MS - 1)).toBe(t0);
    expect(await use(t0 + LAST_USED_DEBOUNCE_MS)).toBe(t0 + LAST_USED_DEBOUNCE_MS);
    const shown = await call('GET', `/v1/keys/${t.apiKey.id}`, { key: t.key });
    expect(shown.body.lastUsedAt, shown.text).toBe(t0 + LAST_USED_DEBOUNCE_MS);
  });

  it('is not written for a rejected (revoked) key', async () => {
    const t = await createTenant(db());
    const revoked = await createApiKey(db(), t.org.id, { revokedAt: Date.now() - 1 });
    const pending: Promise<unknown>[] = [];
    at(Date.now(), pending);
    expect((await call('GET', '/v1/me', { key: revoked.key })).status).toBe(401);
    await Promise.all(pending);
    expect(pending).toHaveLength(0);
    expect((await keyRow(revoked.id)).lastUsedAt).toBeNull();
  });
});
