import { hc, type ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { AppType } from '@xuanpin/app';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The CSRF cookie is `xp_csrf` on plain-HTTP localhost and `__Host-xp_csrf` elsewhere (see the Worker's cookies.ts). */
const CSRF_COOKIES = ['__Host-xp_csrf', 'xp_csrf'];

let csrfFromSession: string | undefined;

/** Remembers the token the session answered with, in case the cookie cannot be read (it normally can). */
export function rememberCsrfToken(token: string | undefined) {
  csrfFromSession = token;
}

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function csrfToken(): string | undefined {
  for (const name of CSRF_COOKIES) {
    const value = readCookie(name);
    if (value) return value;
  }
  return csrfFromSession;
}

/** Every write carries the double-submit CSRF token; cookies go only to our own origin. */
const fetchWithCsrf: typeof fetch = (input, init = {}) => {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  if (WRITE_METHODS.has(method)) {
    const token = csrfToken();
    if (token) headers.set('X-CSRF-Token', token);
  }
  return fetch(input, { ...init, headers, credentials: 'same-origin' });
};

/** The typed client: paths, inputs and outputs come from the Worker's route types. */
export const api = hc<AppType>(location.origin, { fetch: fetchWithCsrf });

/** Fired when a call answers 401; the session state listens and reloads. */
export const SESSION_LOST = 'xp:session-lost';

/** What the server answers on failure: `{ error: { code, message, path?, requestId } }`. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly path?: string,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

type Ok<R> = R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

interface ErrorShape {
  error?: { code?: unknown; message?: unknown; path?: unknown; requestId?: unknown };
}

/**
 * Awaits a typed call and returns its success body (undefined for 204); anything else throws an `ApiFailure`
 * carrying the server's code, message, field path and request id. A failed fetch is code `network`.
 */
export async function unwrap<R extends ClientResponse<unknown, number, 'json' | 'text' | string>>(
  request: Promise<R>,
): Promise<Ok<R>> {
  let res: R;
  try {
    res = await request;
  } catch {
    throw new ApiFailure(0, 'network', 'Network error');
  }
  if (res.ok) {
    if (res.status === 204) return undefined as Ok<R>;
    return (await res.json()) as Ok<R>;
  }
  let body: ErrorShape = {};
  try {
    body = (await res.json()) as ErrorShape;
  } catch {
    // A proxy or the runtime answered without our error body; the status still says what happened.
  }
  const e = body.error ?? {};
  const code = typeof e.code === 'string' ? e.code : res.status >= 500 ? 'internal_error' : 'bad_request';
  // The session ended (expired, signed out elsewhere): the app reloads it and sends the reader to sign in.
  if (res.status === 401) window.dispatchEvent(new Event(SESSION_LOST));
  throw new ApiFailure(
    res.status,
    code,
    typeof e.message === 'string' ? e.message : `HTTP ${res.status}`,
    typeof e.path === 'string' && e.path ? e.path : undefined,
    typeof e.requestId === 'string' ? e.requestId : undefined,
  );
}
