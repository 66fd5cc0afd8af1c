import type { Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';

/** Cookies are Secure everywhere but plain-HTTP localhost, where browsers would drop them. */
export function isLocalHttp(c: Context): boolean {
  const url = new URL(c.req.url);
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function sessionCookieName(c: Context): string {
  return isLocalHttp(c) ? 'xp_session' : '__Host-xp_session';
}

export function csrfCookieName(c: Context): string {
  return isLocalHttp(c) ? 'xp_csrf' : '__Host-xp_csrf';
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, sessionCookieName(c));
}

export function readCsrfCookie(c: Context): string | undefined {
  return getCookie(c, csrfCookieName(c));
}

/** The session cookie: HttpOnly, SameSite=Lax, Secure outside localhost; lives until the absolute expiry. */
export function writeSessionCookie(c: Context, token: string, expiresAt: number, now: number) {
  setCookie(c, sessionCookieName(c), token, {
    httpOnly: true,
    secure: !isLocalHttp(c),
    sameSite: 'Lax',
    path: '/',
    maxAge: Math.max(0, Math.floor((expiresAt - now) / 1000)),
  });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, sessionCookieName(c), { path: '/', secure: !isLocalHttp(c) });
}

/** The CSRF cookie is readable by our own script (double-submit), SameSite=Strict. */
export function writeCsrfCookie(c: Context, token: string) {
  setCookie(c, csrfCookieName(c), token, {
    httpOnly: false,
    secure: !isLocalHttp(c),
    sameSite: 'Strict',
    path: '/',
    maxAge: 60 * 60 * 24 * 30,
  });
}
