import { idMaker } from '@xuanpin/core';
import type { QueryCounter } from '../../lib/query-count';
import { LINK_CODE } from '../links/code';
import { cachedTarget, lookupOnce, type LinkTarget } from './cache';
import { page } from './pages';
import { recordVisit, type SinkEnv } from './sink';

/** What the redirect needs of its Worker's bindings: the app's and the redirect Worker's both have it. */
export interface RedirectEnv extends SinkEnv {
  /** Test/benchmark hook: when set, every answer carries `x-db-queries` (the D1 statements it ran). */
  BENCH_COUNT_QUERIES?: string;
}

/**
 * A cache miss, answered from the database: D1 itself in the app (`resolveLinkIn`), the app's `LinkResolver` over a
 * service binding in the redirect Worker. With `counter`, the D1 statements it ran are added to it.
 */
export type ResolveTarget<E> = (env: E, code: string, now: number, counter: QueryCounter | undefined) => Promise<LinkTarget>;

/**
 * Where the path of a `/l/…` URL starts (its `/`), or -1 for any other path: found without parsing the URL, the path
 * starting at the first `/` after the scheme's `//`. The redirect goes on from there, so the URL is scanned once.
 */
export function linkPathStart(url: string): number {
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  return url.startsWith('/l/', pathStart) ? pathStart : -1;
}

/**
 * `GET|HEAD /l/<code>`: THE hot path. Called from the redirect Worker (src/redirect-worker.ts, which serves links
 * in production) and from the app's entry before the Hono app (no middleware, no context object, no URL parsing).
 * A warm link is answered synchronously from the in-isolate cache — no database, no await, no hashing, no
 * serialization: the click id is made here (cheap), the visit joins a buffer (`recordVisit`) that is sent to the
 * queue after the response, in `ctx.waitUntil`, and hashed by the consumer.
 *
 * GET: 302 to the destination with `xp_click=<click id>` added to its query (the request's own query is passed
 * on, its fragment kept), and the same id in the first-party `xp_click` cookie for the hosted pages. HEAD: the
 * same redirect without a click id or cookie, and nothing recorded. Unknown codes: a friendly 404 page; a disabled
 * link or an offer no longer open: a friendly 410 page, no redirect.
 *
 * With `BENCH_COUNT_QUERIES` set, every answer carries `x-db-queries`: the D1 statements this request ran.
 */
export function handleRedirect<E extends RedirectEnv>(
  request: Request,
  env: E,
  ctx: ExecutionContext,
  url: string,
  pathStart: number,
  resolve: ResolveTarget<E>,
): Response | Promise<Response> {
  const method = request.method;
  if (method !== 'GET' && method !== 'HEAD') {
    return new Response('Method Not Allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  const queryStart = url.indexOf('?', pathStart);
  let code = url.slice(pathStart + 3, queryStart < 0 ? url.length : queryStart);
  if (code.endsWith('/')) code = code.slice(0, -1);
  const query = queryStart < 0 ? '' : url.slice(queryStart + 1);
  const counter = env.BENCH_COUNT_QUERIES ? { queries: 0 } : undefined;
  const now = clock === undefined ? Date.now() : clock();
  // Only codes that were looked up are cached, so a hit needs no check of the code's shape.
  const target = cachedTarget(code, now);
  if (target) return counted(answer(target, request, method, env, ctx, url, query, now), counter);
  if (!LINK_CODE.test(code)) return counted(page('unknown', request), counter);
  const lookup = lookupOnce(code, () => {
    const resolving = resolve(env, code, now, counter);
    // Other requests may wait on this lookup (single flight): it runs to its end even if this request is cancelled.
    ctx.waitUntil(resolving.then(noop, noop));
    return resolving;
  });
  return lookup.then(
    (resolved) => counted(answer(resolved, request, method, env, ctx, url, query, now), counter),
    (error) => {
      console.error(JSON.stringify({ level: 'error', msg: 'link lookup failed', code, error: String(error) }));
      return counted(page('unavailable', request), counter);
    },
  );
}

// Runtime reads (`request.url`, `.method`, `.headers`) copy out of the runtime on every access: each is read once.
function answer(target: LinkTarget, request: Request, method: string, env: RedirectEnv, ctx: ExecutionContext, url: string, query: string, now: number): Response {
  if (target.kind === 'unknown') return page('unknown', request);
  if (target.kind === 'ended') return page('ended', request, { product: target.productTitle });
  const passOn = query && query.includes('xp_click') ? withoutClickParam(query) : query;
  if (method === 'HEAD') {
    const d = target.destination;
    const hash = d.indexOf('#');
    const base = hash < 0 ? d : d.slice(0, hash);
    const location = passOn ? `${base}${base.includes('?') ? '&' : '?'}${passOn}${hash < 0 ? '' : d.slice(hash)}` : d;
    return new Response(null, { status: 302, headers: { location } });
  }
  const id = newClickId(now);
  // No Cache-Control: a 302 is not stored by browsers or shared caches unless it says so (RFC 9111 §4.2.2), and
  // every header costs on the hot path.
  const headers = {
    location: passOn ? `${target.before}${id}&${passOn}${target.after}` : target.before + id + target.after,
    'set-cookie': `xp_click=${id}${target.cookieTail}${isLocalHttp(url) ? '' : '; Secure'}`,
  };
  const h = request.headers;
  recordVisit(env, ctx, {
    id,
    at: now,
    facts: target.facts,
    ip: h.get('cf-connecting-ip') ?? '',
    userAgent: h.get('user-agent'),
    referrer: h.get('referer'),
    country: h.get('cf-ipcountry') ?? countryOf(request),
  });
  return new Response(null, { status: 302, headers });
}

/**
 * The edge's country: the `CF-IPCountry` header where the zone adds it (cheap), else `request.cf.country` (which
 * costs a parse of the whole `cf` object); absent locally.
 */
function countryOf(request: Request): string | null {
  const country = (request as { cf?: { country?: unknown } }).cf?.country;
  return typeof country === 'string' ? country : null;
}

/** The same rule as lib/cookies.ts `isLocalHttp` (no `Secure` on plain-HTTP localhost), on the raw URL string. */
function isLocalHttp(url: string): boolean {
  for (const origin of LOCAL_HTTP) {
    if (url.startsWith(origin)) return url[origin.length] === ':' || url[origin.length] === '/';
  }
  return false;
}
const LOCAL_HTTP = ['http://localhost', 'http://127.0.0.1', 'http://[::1]'];

/** A caller cannot choose the click id: an `xp_click` in the link's own query is dropped. */
function withoutClickParam(query: string): string {
  return query
    .split('&')
    .filter((p) => p !== 'xp_click' && !p.startsWith('xp_click='))
    .join('&');
}

const newClickId = idMaker('click');

/** Undefined: `Date.now()`, called directly (a call through a variable costs the hot path a generic call). */
let clock: (() => number) | undefined;
/** Test hook: the redirect's clock (cache expiry, promotion periods, click times); undefined for the real one. */
export function overrideRedirectClock(now: (() => number) | undefined): void {
  clock = now;
}

const noop = () => {};

function counted(response: Response, counter: QueryCounter | undefined): Response {
  if (counter) response.headers.set('x-db-queries', String(counter.queries));
  return response;
}
