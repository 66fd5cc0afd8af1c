import { SELF } from 'cloudflare:test';
import { count, eq } from 'drizzle-orm';
import { newId, randomToken, sha256Hex, type Role } from '@xuanpin/core';
import { auditLog, invitations, memberships, sessions, users } from '@xuanpin/db';
import { createSession } from '@xuanpin/db/test/factories';
import { BASE, db } from '../../../test/security';

/** Test helpers for the browser's /auth flows: a cookie jar that also echoes the CSRF token, and row counts. */

export interface Answer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
  /** Raw `Set-Cookie` lines of this response. */
  setCookies: string[];
}

export class Browser {
  readonly cookies = new Map<string, string>();
  /** Send `X-CSRF-Token` automatically (turn off to test the refusal). */
  sendCsrf = true;

  constructor(readonly origin: string = BASE) {}

  get secure() {
    return this.origin.startsWith('https:');
  }
  cookieName(name: 'xp_session' | 'xp_csrf') {
    return this.secure ? `__Host-${name}` : name;
  }
  get session() {
    return this.cookies.get(this.cookieName('xp_session'));
  }
  get csrf() {
    return this.cookies.get(this.cookieName('xp_csrf'));
  }

  async fetch(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.sendCsrf && this.csrf && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrf;
    const res = await SELF.fetch(this.origin + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookies = res.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed, text, headers: res.headers, setCookies };
  }

  /** What a page load does first: GET /auth/session, which hands out the CSRF cookie. */
  async open() {
    return this.fetch('GET', '/auth/session');
  }
}

/** A browser already signed in as `userId` with `orgId` active (session made by the factory). */
export async function signedInBrowser(userId: string, orgId: string | null, opts: { now?: number; expiresAt?: number } = {}) {
  const s = await createSession(db(), userId, orgId, opts);
  const browser = new Browser();
  browser.cookies.set('xp_session', s.token);
  browser.cookies.set('xp_csrf', randomToken(32));
  return Object.assign(browser, { sessionId: s.id });
}

export const uniqueEmail = (tag = 'user') => `${tag}-${randomToken(6).toLowerCase().replace(/[^a-z0-9]/g, 'x')}@example.test`;

export async function countUsers(email: string) {
  const [row] = await db().select({ n: count() }).from(users).where(eq(users.email, email.toLowerCase()));
  return row.n;
}

export async function sessionExists(id: string) {
  return (await db().select({ id: sessions.id }).from(sessions).where(eq(sessions.id, id))).length === 1;
}

export async function auditActions(orgId: string) {
  return (await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.orgId, orgId))).map((r) => r.action);
}

export async function membershipsOf(orgId: string) {
  return db().select().from(memberships).where(eq(memberships.orgId, orgId));
}

/** An invitation row made directly (the route is tested on its own); returns the token too. */
export async function createInvitation(
  orgId: string,
  opts: { email?: string; role?: Role; now?: number; expiresAt?: number; revokedAt?: number | null; acceptedAt?: number | null } = {},
) {
  const now = opts.now ?? Date.now();
  const token = randomToken(32);
  const row = {
    id: newId('invitation', now),
    orgId,
    email: (opts.email ?? uniqueEmail('invitee')).toLowerCase(),
    role: opts.role ?? 'member',
    tokenHash: await sha256Hex(token),
    invitedBy: null,
    createdAt: now,
    expiresAt: opts.expiresAt ?? now + 7 * 24 * 3600 * 1000,
    acceptedAt: opts.acceptedAt ?? null,
    acceptedBy: null,
    revokedAt: opts.revokedAt ?? null,
  };
  await db().insert(invitations).values(row);
  return { ...row, token };
}
