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
 *
 * Single flight: concurrent misses for one code share one lookup (`lookupOnce`), so a link that goes viral on a cold
 * isolate costs D1 two statements, not two per waiting visitor. A lookup that was running when its entry was
 * forgotten answers the requests already waiting on it but is not cached, and later misses start a fresh one: a
 * change made in this isolate is never hidden by an answer read before it.
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

/**
 * Recency is kept to within this long: a hit moves its entry to the end of the Map at most once per interval. A
 * move is a delete and an insert, and a Map that churns like that on every hit rebuilds its table every few
 * hits — on the redirect's hot path, for an order no eviction needs to the millisecond.
 */
const RECENCY_MS = 1_000;

/**
 * A Map kept in recency order: a hit moves its key to the end (see `RECENCY_MS`); inserting past `max` drops the oldest.
 *
 * The last entry hit is also kept aside: a live stream's visitors come for one link one after another, and comparing
 * the code with the last one costs less than hashing it for the Map. Only within `RECENCY_MS` of the entry's last
 * move, so that recency is kept as without it; every write forgets it.
 */
class TtlLru<V extends { expires: number }> {
  private readonly map = new Map<string, { value: V; movedAt: number }>();
  private lastKey: string | undefined;
  private lastEntry: { value: V; movedAt: number } | undefined;
  constructor(private readonly max: number) {}

  get(key: string, now: number): V | undefined {
    const last = this.lastEntry;
    if (key === this.lastKey && last !== undefined && now - last.movedAt < RECENCY_MS && last.value.expires > now) return last.value;
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    if (entry.value.expires <= now) {
      if (entry === this.lastEntry) this.forgetLast();
      this.map.delete(key);
      return undefined;
    }
    if (now - entry.movedAt >= RECENCY_MS) {
      entry.movedAt = now;
      this.map.delete(key);
      this.map.set(key, entry);
    }
    this.lastKey = key;
    this.lastEntry = entry;
    return entry.value;
  }

  private forgetLast(): void {
    this.lastKey = undefined;
    this.lastEntry = undefined;
  }

  set(key: string, value: V): void {
    this.forgetLast();
    this.map.delete(key);
    // Never moved yet: its first hit moves it.
    this.map.set(key, { value, movedAt: Number.NEGATIVE_INFINITY });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }

  delete(key: string): void {
    this.forgetLast();
    this.map.delete(key);
  }

  deleteWhere(test: (value: V) => boolean): void {
    this.forgetLast();
    for (const [key, entry] of this.map) if (test(entry.value)) this.map.delete(key);
  }

  clear(): void {
    this.forgetLast();
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

const known = new TtlLru<Exclude<LinkTarget, { kind: 'unknown' }>>(LINK_CACHE_MAX);
const unknown = new TtlLru<Extract<LinkTarget, { kind: 'unknown' }>>(UNKNOWN_CACHE_MAX);

/** Lookups in flight, by code. Forgetting a code takes its lookup out too: what it read may be what changed. */
const inFlight = new Map<string, Promise<LinkTarget>>();

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

/**
 * A miss: the lookup of `code` already in flight, else a new one (`load`), cached once it answers unless the code was
 * forgotten meanwhile. A failed lookup is not cached: every request waiting on it gets the failure, the next one
 * tries again.
 */
export function lookupOnce(code: string, load: () => Promise<LinkTarget>): Promise<LinkTarget> {
  const running = inFlight.get(code);
  if (running) return running;
  const lookup: Promise<LinkTarget> = load()
    .then((target) => {
      // Still the lookup of record: nothing forgot this code since it started.
      if (inFlight.get(code) === lookup) cacheTarget(code, target);
      return target;
    })
    .finally(() => {
      if (inFlight.get(code) === lookup) inFlight.delete(code);
    });
  inFlight.set(code, lookup);
  return lookup;
}

/** A link changed (or was just made): its next redirect reads D1. */
export function forgetLinkCode(code: string): void {
  inFlight.delete(code);
  known.delete(code);
  unknown.delete(code);
}

/** Forgets every cached link whose facts match: the offers of an activity, one offer, a creator on a roster… */
export function forgetLinks(match: Partial<LinkFacts>): void {
  const entries = Object.entries(match) as [keyof LinkFacts, string][];
  if (entries.length === 0) return;
  // A lookup in flight may be of one of these links (its facts are not known yet): none of them will be cached.
  inFlight.clear();
  known.deleteWhere((t) => entries.every(([k, v]) => t.facts[k] === v));
}

/** Test hook: an empty cache, no lookup in flight. */
export function clearLinkCache(): void {
  inFlight.clear();
  known.clear();
  unknown.clear();
}

export const linkCacheSize = () => ({ known: known.size, unknown: unknown.size });
