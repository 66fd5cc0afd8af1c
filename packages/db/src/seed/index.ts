import type { Database } from '../client';
import { newSeedContext, type SeedContext } from './context';
import { seedOrganizations, DEMO_ORGANIZATIONS } from './organizations';
import { seedUsers, DEMO_PASSWORD, DEMO_USERS } from './users';
import { seedMemberships, DEMO_MEMBERSHIPS } from './memberships';
import { seedApiKeys, demoApiKey, DEMO_KEY_SCOPES, type DemoApiKey } from './api-keys';
import { seedCatalog } from './catalog';
import { seedActivities } from './activities';
import { seedOffers } from './offers';
import { seedRosters } from './rosters';
import { seedCreatorProfiles } from './creator-profiles';
import { seedSamples } from './samples';
import { seedLinks } from './links';
import { seedOrders, type DemoOrderPipeline, type DemoOrdersSummary } from './orders';

export { DEMO_ORGANIZATIONS, DEMO_USERS, DEMO_MEMBERSHIPS, DEMO_PASSWORD, DEMO_KEY_SCOPES, demoApiKey };
export type { DemoApiKey, SeedContext, DemoOrderPipeline, DemoOrdersSummary };

export interface DemoLogin {
  email: string;
  password: string;
  organizations: string[];
}

/** How much of the marketplace the demo holds (what the data describes, whether or not this run wrote it). */
export interface DemoMarketplace {
  merchants: number;
  products: number;
  skus: number;
  activities: number;
  offers: number;
  creators: number;
  rosterEntries: number;
  samples: number;
}

export interface DemoSummary {
  logins: DemoLogin[];
  apiKeys: DemoApiKey[];
  marketplace: DemoMarketplace;
  /** Present when the seed was given the order pipeline (see seedDemo's `options.orders`). */
  orders?: DemoOrdersSummary;
}

/** The logins worth showing: the users that belong to more than one organization or to a primary one. */
const SHOWN_LOGINS = [
  'merchant@demo.xuanpin.test',
  'provider@demo.xuanpin.test',
  'creator@demo.xuanpin.test',
  'platform@demo.xuanpin.test',
  'switcher@demo.xuanpin.test',
];

/**
 * Loads the demo data into any drizzle database (D1 or libSQL). Idempotent: every row is found by its
 * natural key (slug, email, organization + user, key hash, SKU code, activity name, activity + product,
 * provider + creator, offer + creator) and inserted only when missing, so a second run adds nothing and fails
 * nothing. Deterministic: the figures come from the data files and a seeded PRNG, dates from `now`. Writes go
 * in `db.batch` calls of at most 100 statements (D1's limit). Steps run in dependency order; later
 * capabilities add theirs here.
 */
export async function seedDemo(db: Database, now: number = Date.now(), options: { orders?: DemoOrderPipeline } = {}): Promise<DemoSummary> {
  const ctx = newSeedContext(db, now);
  await seedOrganizations(ctx);
  await seedUsers(ctx);
  await seedMemberships(ctx);
  const apiKeys = await seedApiKeys(ctx);
  // The marketplace (issue 3): catalog → activities → offers; rosters and profiles; samples on the offers.
  const catalog = await seedCatalog(ctx);
  const activities = await seedActivities(ctx);
  const offers = await seedOffers(ctx, catalog, activities);
  const rosters = await seedRosters(ctx);
  await seedCreatorProfiles(ctx);
  const samples = await seedSamples(ctx, offers, rosters);
  await seedLinks(ctx, offers, rosters); // promo links with three weeks of clicks (issue 4)
  // Orders through those links in every state, and top-ups (issue 5): only with the Worker's pipeline (orders.ts).
  const orders = options.orders ? await seedOrders(ctx, options.orders) : undefined;

  const orgName = new Map(DEMO_ORGANIZATIONS.map((o) => [o.slug, o.name]));
  const logins = SHOWN_LOGINS.map((email) => ({
    email,
    password: DEMO_PASSWORD,
    organizations: DEMO_MEMBERSHIPS.filter((m) => m.email === email).map((m) => `${orgName.get(m.slug)} (${m.role})`),
  }));
  const marketplace: DemoMarketplace = {
    merchants: new Set(catalog.map((p) => p.merchant)).size,
    products: catalog.length,
    skus: catalog.reduce((n, p) => n + p.skus.length, 0),
    activities: activities.length,
    offers: offers.length,
    creators: DEMO_ORGANIZATIONS.filter((o) => o.kind === 'creator').length,
    rosterEntries: rosters.length,
    samples: samples.length,
  };
  return { logins, apiKeys, marketplace, ...(orders ? { orders } : {}) };
}
