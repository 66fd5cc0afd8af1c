import { describe, expect, it } from 'vitest';
import { createApiKey, createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';

describe('GET /v1/keys', () => {
  it('pages through the keys newest first, stably, without secrets or hashes', async () => {
    const t = await createTenant(db());
    const base = Date.now();
    const made = [t.apiKey];
    for (let i = 1; i <= 4; i++) made.push(await createApiKey(db(), t.org.id, { name: `k${i}`, now: base + i * 1000 }));
    const expected = made.map((k) => k.id).sort().reverse();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call('GET', `/v1/keys?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { key: t.key });
      expect(res.status, res.text).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      for (const k of res.body.data) expect(Object.keys(k).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'revokedAt', 'rotatedFrom', 'scopes', 'start']);
      seen.push(...res.body.data.map((k: { id: string }) => k.id));
      cursor = res.body.nextCursor;
      // A key created mid-way is newer than the cursor and does not shift the pages being read.
      if (seen.length === 2) await createApiKey(db(), t.org.id, { name: 'late', now: base + 10_000 });
    } while (cursor);
    expect(seen).toEqual(expected);
    for (const k of made) {
      const res = await call('GET', '/v1/keys?limit=200', { key: t.key });
      expect(res.text).not.toContain(k.key);
      expect(res.text).not.toContain(k.hash);
    }
  });

  it('answers a single page with a null cursor, and the default limit', async () => {
    const t = await createTenant(db());
    const res = await call('GET', '/v1/keys', { key: t.key });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ data: [expect.objectContaining({ id: t.apiKey.id, name: 'test key' })], nextCursor: null });
  });

  it.each([['limit=0', 'limit'], ['limit=201', 'limit'], ['limit=abc', 'limit'], ['sort=name', 'sort'], [`cursor=${'x'.repeat(201)}`, 'cursor']])(
    'rejects ?%s naming %s',
    async (qs, path) => {
      const t = await createTenant(db());
      const res = await call('GET', `/v1/keys?${qs}`, { key: t.key });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', path });
    },
  );
});
