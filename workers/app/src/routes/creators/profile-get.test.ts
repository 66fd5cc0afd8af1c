import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { profileBody } from './test-helpers';

describe('GET /v1/creator-profile', () => {
  it('answers 404 until saved, then the caller’s own profile only', async () => {
    const a = await createTenant(db(), 'creator');
    const b = await createTenant(db(), 'creator');
    expect((await call('GET', '/v1/creator-profile', { key: a.key })).status).toBe(404);
    await call('PUT', '/v1/creator-profile', { key: b.key, body: profileBody({ displayName: 'B' }) });
    expect((await call('GET', '/v1/creator-profile', { key: a.key })).status).toBe(404);
    const saved = await call('PUT', '/v1/creator-profile', { key: a.key, body: profileBody({ displayName: 'A' }) });
    const got = await call('GET', '/v1/creator-profile', { key: a.key });
    expect(got.status, got.text).toBe(200);
    expect(got.body).toEqual(saved.body);
    expect(got.body.displayName).toBe('A');
  });

  it('is for creators: a provider gets 403', async () => {
    const t = await createTenant(db(), 'provider');
    expect((await call('GET', '/v1/creator-profile', { key: t.key })).status).toBe(403);
  });
});
