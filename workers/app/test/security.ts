import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { SCOPES, type OrgKind, type Scope } from '@xuanpin/core';
import { d1Database, type Database } from '@xuanpin/db';
import { createApiKey, createTenant, createSession } from '@xuanpin/db/test/factories';

export const db = (): Database => d1Database(env.DB);
export const BASE = 'http://127.0.0.1:8787';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface SecuredRoute {
  method: Method;
  /** The path; `{id}` is replaced by a resource id (for the foreign-id case, one of another organization). */
  path: string;
  /** The scope the route needs; null for the few routes any valid credential may call (the 403 case is then skipped). */
  scope: Scope | null;
  /** The kind of organization that calls this route (default merchant). */
  orgKind?: OrgKind;
  /** A valid body for the route, so that only credentials decide the answer. */
  body?: ((ctx: { db: Database; orgId: string }) => Promise<unknown> | unknown) | object | string | number | boolean | null;
  /**
   * Makes a resource owned by `orgId` and returns its id. With `{id}` in the path, the route called with
   * another organization's id must answer 404 with no data; without it, a list must not contain the id.
   */
  foreign?: (ctx: { db: Database; orgId: string; orgKind: OrgKind }) => Promise<string>;
}

export async function call(method: Method, path: string, opts: { key?: string; authorization?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.authorization !== undefined) headers.authorization = opts.authorization;
  else if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  }
  const res = await SELF.fetch(BASE + path, { method, headers, body });
  const text = await res.text();
  let json: any = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, body: json, headers: res.headers, text };
}

/** A key holding every scope except the needed one and, for a read scope, the write scope that implies it. */
function scopesWithout(scope: Scope): Scope[] {
  const [family, action] = scope.split(':');
  return SCOPES.filter((s) => s !== scope && !(action === 'read' && s === `${family}:write`));
}

/**
 * The standard security cases for one route: no key, malformed key, revoked key, expired (rotated-out) key,
 * wrong scope, session write without CSRF token, and another organization's id (404, no data).
 */
export function securityCases(name: string, route: SecuredRoute) {
  const kind = route.orgKind ?? 'merchant';
  const resolveBody = async (orgId: string) =>
    typeof route.body === 'function' ? await (route.body as (c: { db: Database; orgId: string }) => unknown)({ db: db(), orgId }) : route.body;
  const pathFor = async (orgId: string) => {
    if (!route.path.includes('{id}')) return route.path;
    const id = route.foreign ? await route.foreign({ db: db(), orgId, orgKind: kind }) : 'xx_00000000000000000000000000';
    return route.path.replace('{id}', id);
  };
  const expectError = (res: Awaited<ReturnType<typeof call>>, status: number, code: string) => {
    expect(res.status, res.text).toBe(status);
    expect(res.body?.error?.code, res.text).toBe(code);
    expect(typeof res.body.error.requestId).toBe('string');
  };

  describe(`${name} — security`, () => {
    it('answers 401 without credentials', async () => {
      const t = await createTenant(db(), kind);
      expectError(await call(route.method, await pathFor(t.org.id), { body: await resolveBody(t.org.id) }), 401, 'unauthorized');
    });

    it('answers 401 for a malformed key', async () => {
      const t = await createTenant(db(), kind);
      const path = await pathFor(t.org.id);
      for (const authorization of ['Bearer', 'Bearer not-a-key', `Basic ${t.key}`, `Bearer ${t.key}x`, `Bearer ${t.key.slice(0, -1)}`]) {
        expectError(await call(route.method, path, { authorization, body: await resolveBody(t.org.id) }), 401, 'unauthorized');
      }
    });

    it('answers 401 for a revoked key and for a rotated-out key past its overlap', async () => {
      const t = await createTenant(db(), kind);
      const path = await pathFor(t.org.id);
      const revoked = await createApiKey(db(), t.org.id, { revokedAt: Date.now() - 1000 });
      expectError(await call(route.method, path, { key: revoked.key, body: await resolveBody(t.org.id) }), 401, 'unauthorized');
      const expired = await createApiKey(db(), t.org.id, { expiresAt: Date.now() - 1000 });
      expectError(await call(route.method, path, { key: expired.key, body: await resolveBody(t.org.id) }), 401, 'unauthorized');
    });

    const scope = route.scope;
    if (scope) {
      it(`answers 403 for a key without ${scope}`, async () => {
        const t = await createTenant(db(), kind);
        const weak = await createApiKey(db(), t.org.id, { scopes: scopesWithout(scope) });
        expectError(await call(route.method, await pathFor(t.org.id), { key: weak.key, body: await resolveBody(t.org.id) }), 403, 'forbidden');
      });
    }

    if (route.method !== 'GET') {
      it('answers 403 to a session write without the CSRF token', async () => {
        const t = await createTenant(db(), kind);
        const s = await createSession(db(), t.user.id, t.org.id);
        const res = await call(route.method, await pathFor(t.org.id), {
          body: await resolveBody(t.org.id),
          headers: { cookie: `xp_session=${s.token}; xp_csrf=abc` },
        });
        expectError(res, 403, 'csrf_failed');
      });
    }

    if (route.foreign) {
      it("never shows another organization's resource", async () => {
        const me = await createTenant(db(), kind);
        const other = await createTenant(db(), kind);
        const foreignId = await route.foreign!({ db: db(), orgId: other.org.id, orgKind: kind });
        if (route.path.includes('{id}')) {
          const res = await call(route.method, route.path.replace('{id}', foreignId), { key: me.key, body: await resolveBody(me.org.id) });
          expectError(res, 404, 'not_found');
          expect(Object.keys(res.body)).toEqual(['error']);
        } else {
          const res = await call(route.method, route.path, { key: me.key, body: await resolveBody(me.org.id) });
          expect(res.status, res.text).toBeLessThan(300);
          expect(res.text).not.toContain(foreignId);
        }
      });
    }
  });
}
