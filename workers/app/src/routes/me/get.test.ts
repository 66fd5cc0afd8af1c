import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { d1Database } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';

const db = () => d1Database(env.DB);

describe('GET /v1/me', () => {
  it('answers the organization and scopes behind a key', async () => {
    const t = await createTenant(db(), 'provider', { scopes: ['catalog:read'] });
    const res = await SELF.fetch('http://example.com/v1/me', { headers: { authorization: `Bearer ${t.key}` } });
    const body = (await res.json()) as any;
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.organization.id).toBe(t.org.id);
    expect(body.organization.kind).toBe('provider');
    expect(body.scopes).toEqual(['catalog:read']);
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('answers 401 with the error body when no credentials are sent', async () => {
    const res = await SELF.fetch('http://example.com/v1/me');
    const body = (await res.json()) as any;
    expect(res.status).toBe(401);
    expect(body.error.code).toBe('unauthorized');
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
    expect(body.error.docs).toContain('/docs/errors#unauthorized');
  });
});
