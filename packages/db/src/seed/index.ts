import type { Database } from '../client';
import type { SeedContext } from './context';
import { seedOrganizations, DEMO_ORGANIZATIONS } from './organizations';
import { seedUsers, DEMO_PASSWORD, DEMO_USERS } from './users';
import { seedMemberships, DEMO_MEMBERSHIPS } from './memberships';
import { seedApiKeys, demoApiKey, DEMO_KEY_SCOPES, type DemoApiKey } from './api-keys';

export { DEMO_ORGANIZATIONS, DEMO_USERS, DEMO_MEMBERSHIPS, DEMO_PASSWORD, DEMO_KEY_SCOPES, demoApiKey };
export type { DemoApiKey, SeedContext };

export interface DemoLogin {
  email: string;
  password: string;
  organizations: string[];
}

export interface DemoSummary {
  logins: DemoLogin[];
  apiKeys: DemoApiKey[];
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
 * natural key (slug, email, organization + user, key hash) and inserted only when missing, so a second
 * run adds nothing and fails nothing. Steps run in dependency order; later capabilities add theirs here.
 */
export async function seedDemo(db: Database, now: number = Date.now()): Promise<DemoSummary> {
  const ctx: SeedContext = { db, now, orgIds: new Map(), userIds: new Map() };
  await seedOrganizations(ctx);
  await seedUsers(ctx);
  await seedMemberships(ctx);
  const apiKeys = await seedApiKeys(ctx);

  const orgName = new Map(DEMO_ORGANIZATIONS.map((o) => [o.slug, o.name]));
  const logins = SHOWN_LOGINS.map((email) => ({
    email,
    password: DEMO_PASSWORD,
    organizations: DEMO_MEMBERSHIPS.filter((m) => m.email === email).map((m) => `${orgName.get(m.slug)} (${m.role})`),
  }));
  return { logins, apiKeys };
}
