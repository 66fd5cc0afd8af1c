import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { randomToken } from '@xuanpin/core';
import type { AppEnv } from '../../env';
import { ApiError } from '../../lib/errors';
import { readCsrfCookie, readSessionCookie, writeCsrfCookie, writeSessionCookie } from '../../lib/cookies';
import { reply } from '../../lib/route';
import { checkCsrf } from '../../middleware/auth';
import { SessionState } from '../../schemas/session-state';
import type { AuthContext } from '../../services/sessions/context';
import type { StartedSession } from '../../services/sessions/create';
import { resolveSession } from '../../services/sessions/resolve';
import { loadSessionState } from '../../services/sessions/state';

/** Helpers shared by the browser's /auth routes: their context, cookies, the signed-in session and the answer. */

export function authContext(c: Context<AppEnv>): AuthContext {
  const { db, clock, logger } = c.var.services;
  return { db, now: clock.now(), requestId: c.var.requestId, logger };
}

/** Refuses state-changing requests without the double-submit token, before their body is even read. */
export const csrf: MiddlewareHandler<AppEnv> = async (c, next) => {
  checkCsrf(c);
  await next();
};

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** This browser's CSRF token: the cookie's, or a new one set now. */
export function ensureCsrf(c: Context<AppEnv>): string {
  const token = readCsrfCookie(c);
  return token && TOKEN.test(token) ? token : rotateCsrf(c);
}

/** A new CSRF token, set on every sign-in so that a token seen before it is worthless after. */
export function rotateCsrf(c: Context<AppEnv>): string {
  const token = randomToken(32);
  writeCsrfCookie(c, token);
  return token;
}

/** The session behind the cookie, or null (no cookie, forged, unknown or expired). Records it as seen when due. */
export async function currentSession(c: Context<AppEnv>) {
  const token = readSessionCookie(c);
  if (!token) return null;
  const { db, clock, waitUntil } = c.var.services;
  const session = await resolveSession(db, token, clock.now());
  if (session?.touch) waitUntil(session.touch());
  return session;
}

export async function requireSession(c: Context<AppEnv>) {
  const session = await currentSession(c);
  if (!session) throw new ApiError('unauthorized', 'Sign in first (your session may have expired).');
  return session;
}

/** Answers the SessionState of `userId` with `activeOrgId` active. */
export async function replyState<S extends ContentfulStatusCode = 200>(
  c: Context<AppEnv>,
  userId: string,
  activeOrgId: string | null,
  csrfToken: string,
  status?: S,
) {
  const state = await loadSessionState(c.var.services.db, userId, activeOrgId);
  c.header('Cache-Control', 'no-store');
  return reply(c, SessionState, { ...state, user: state.user as SessionState['user'], csrfToken }, status);
}

/** Hands a fresh session to the browser: the session cookie, a rotated CSRF token, and the state. */
export function replyStarted<S extends ContentfulStatusCode = 200>(c: Context<AppEnv>, started: StartedSession, status?: S) {
  writeSessionCookie(c, started.token, started.expiresAt, c.var.services.clock.now());
  return replyState(c, started.userId, started.activeOrgId, rotateCsrf(c), status);
}
