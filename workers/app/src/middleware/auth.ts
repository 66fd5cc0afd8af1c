import type { MiddlewareHandler } from 'hono';
import { hasScope, scopesForRole, timingSafeEqual, type Scope } from '@xuanpin/core';
import type { AppEnv } from '../env';
import { ApiError } from '../lib/errors';
import { readCsrfCookie, readSessionCookie } from '../lib/cookies';
import { isWellFormedApiKey } from '@xuanpin/core';
import { verifyApiKey } from '../services/api-keys/verify';
import { resolveSession } from '../services/sessions/resolve';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Browser requests that change state must carry the CSRF cookie's value in `X-CSRF-Token` (double submit),
 * and, when the browser sends an Origin, it must be ours.
 */
export function checkCsrf(c: Parameters<MiddlewareHandler<AppEnv>>[0]): void {
  if (SAFE_METHODS.has(c.req.method)) return;
  const origin = c.req.header('origin');
  if (origin && origin !== new URL(c.req.url).origin) {
    throw new ApiError('csrf_failed', 'Cross-origin request refused.');
  }
  const cookie = readCsrfCookie(c);
  const header = c.req.header('x-csrf-token');
  if (!cookie || !header || !timingSafeEqual(cookie, header)) {
    throw new ApiError('csrf_failed', 'Missing or wrong CSRF token: send the `xp_csrf` cookie value as `X-CSRF-Token`.');
  }
}

/**
 * Resolves the caller from `Authorization: Bearer <key>` or, failing that, the web session cookie.
 * Sets `c.var.caller`; answers 401 when neither is valid.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, clock, waitUntil } = c.var.services;
  const now = clock.now();
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const match = /^Bearer (\S+)$/.exec(authorization);
    if (!match || !isWellFormedApiKey(match[1])) {
      throw new ApiError('unauthorized', 'Malformed Authorization header: expected `Bearer xpk_…`.');
    }
    const key = await verifyApiKey(db, match[1], now);
    if (!key) throw new ApiError('unauthorized', 'Unknown, revoked or expired API key.');
    if (key.touch) waitUntil(key.touch());
    c.set('caller', { orgId: key.orgId, orgKind: key.orgKind, actorId: key.keyId, scopes: key.scopes, via: 'key' });
    return next();
  }
  const token = readSessionCookie(c);
  if (!token) throw new ApiError('unauthorized', 'Send `Authorization: Bearer <api key>`, or sign in.');
  const session = await resolveSession(db, token, now);
  if (!session) throw new ApiError('unauthorized', 'Your session has expired; sign in again.');
  checkCsrf(c);
  if (session.touch) waitUntil(session.touch());
  if (!session.activeOrg) throw new ApiError('forbidden', 'Choose an organization first.');
  c.set('caller', {
    orgId: session.activeOrg.id,
    orgKind: session.activeOrg.kind,
    actorId: session.userId,
    userId: session.userId,
    role: session.activeOrg.role,
    sessionId: session.sessionId,
    scopes: scopesForRole(session.activeOrg.role),
    via: 'session',
  });
  return next();
};

/** 403 unless the caller holds `scope` (a write scope implies its read scope). */
export const requireScope =
  (scope: Scope): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!hasScope(c.var.caller.scopes, scope)) {
      throw new ApiError('forbidden', `This operation needs the \`${scope}\` scope.`);
    }
    return next();
  };
