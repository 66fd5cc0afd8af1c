import type { Database } from '../client';

/**
 * What the seed steps share: the database, one clock reading, and the ids found or created so far,
 * keyed by the natural keys the demo data uses (organization slug, user email, product code, activity name).
 * Later steps (offers, samples, …) look their owners up here.
 */
export interface SeedContext {
  db: Database;
  now: number;
  orgIds: Map<string, string>;
  userIds: Map<string, string>;
  /** Product code (the prefix its SKU codes share, e.g. `ARITA-PLATE`) → product id. */
  productIds: Map<string, string>;
  /** SKU code (unique across the demo catalog) → SKU id. */
  skuIds: Map<string, string>;
  /** `<provider slug>/<activity name>` → activity id. */
  activityIds: Map<string, string>;
  /** `<activity key>/<product code>` → enrollment id (see offers.ts). */
  enrollmentIds: Map<string, string>;
}

export function newSeedContext(db: Database, now: number): SeedContext {
  return { db, now, orgIds: new Map(), userIds: new Map(), productIds: new Map(), skuIds: new Map(), activityIds: new Map(), enrollmentIds: new Map() };
}

export function idOf(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo seed: ${key} has not been seeded`);
  return id;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
