import type { Database } from '../client';

/**
 * What the seed steps share: the database, one clock reading, and the ids found or created so far,
 * keyed by the natural keys the demo data uses (organization slug, user email).
 * Later steps (products, activities, …) look their owners up here.
 */
export interface SeedContext {
  db: Database;
  now: number;
  orgIds: Map<string, string>;
  userIds: Map<string, string>;
}

export function idOf(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo seed: ${key} has not been seeded`);
  return id;
}
