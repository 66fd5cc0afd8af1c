/**
 * The in-isolate cache of link codes in front of D1: a warm link costs no database round trip.
 *
 * Staleness is bounded: an entry lives at most `LINK_CACHE_TTL_MS` (and never past its activity's `endsAt`, so a
 * promotion period that runs out stops the link on time). Within this isolate, changes made through the API are
 * forgotten at once: disabling or enabling a link (services/links/status.ts), closing an activity, withdrawing an
 * enrollment, removing a creator from a roster. Other isolates — and other changes that end an offer (a paused or
 * archived product, a shortened promotion period) — catch up within the TTL. So a link stops redirecting at most
 * 30 s after its offer ends, and at once in the isolate where the change was made.
 *
 * Bounded size: least recently used entries go first. Unknown codes are cached apart, so a scan of random codes
 * can neither reach D1 for each repeat nor push warm links out.
 */

export const LINK_CACHE_TTL_MS = 30_000;
export const LINK_CACHE_MAX = 10_000;
export const UNKNOWN_CACHE_MAX = 2_000;

/** What the cache knows of a link's offer, to forget the right entries when an offer changes. */
export interface LinkFacts {
  linkId: string;
  creatorOrgId: string;
  offerId: string;
  activityId: string;
  productId: string;
  providerOrgId: string;
  merchantOrgId: string;
}

export type LinkTarget =
  | {
      kind: 'redirect';
      facts: LinkFacts;
      /** The destination, as stored (HEAD requests get it without a click id). */
      destination: string;
      /** The Location up to the click id: the destination, its query and `xp_click=`. */
      before: string;
      /** What follows the click id: the destination's fragment, if any. */
      after: string;
      /** The `xp_click` cookie's attributes after its value (without `Secure`, added outside localhost). */
      cookieTail: string;
      expires: number;
    }
  | { kind: 'ended'; facts: LinkFacts; productTitle: string; expires: number }
  | { kind: 'unknown'; expires: number };

/** A Map kept in recency order: a hit moves its key to the end; inserting past `max` drops the oldest. */
class TtlLru<V extends { expires: number }> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}

  get(key: string, now: number): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    if (value.expires <= now) return undefined;
    this.map.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  deleteWhere(test: (value: V) => boolean): void {
    for (const [key, value] of this.map) if (test(value)) this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

const known = new TtlLru<Exclude<LinkTarget, { kind: 'unknown' }>>(LINK_CACHE_MAX);
const unknown = new TtlLru<Extract<LinkTarget, { kind: 'unknown' }>>(UNKNOWN_CACHE_MAX);

export function cachedTarget(code: string, now: number): LinkTarget | undefined {
  return known.get(code, now) ?? unknown.get(code, now);
}

export function cacheTarget(code: string, target: LinkTarget): void {
  if (target.kind === 'unknown') unknown.set(code, target);
  else {
    unknown.delete(code);
    known.set(code, target);
  }
}

/** A link changed (or was just made): its next redirect reads D1. */
export function forgetLinkCode(code: string): void {
  known.delete(code);
  unknown.delete(code);
}

/** Forgets every cached link whose facts match: the offers of an activity, one offer, a creator on a roster… */
export function forgetLinks(match: Partial<LinkFacts>): void {
  const entries = Object.entries(match) as [keyof LinkFacts, string][];
  if (entries.length === 0) return;
  known.deleteWhere((t) => entries.every(([k, v]) => t.facts[k] === v));
}

/** Test hook: an empty cache. */
export function clearLinkCache(): void {
  known.clear();
  unknown.clear();
}

export const linkCacheSize = () => ({ known: known.size, unknown: unknown.size });
