import { newId, type Role } from '@xuanpin/core';
import { memberships } from '../schema';
import { runGrouped } from './batch';
import { idOf, type SeedContext } from './context';
import { DEMO_ORGANIZATIONS } from './organizations';

export interface DemoMembership {
  email: string;
  slug: string;
  role: Role;
}

/** The primary organization of each kind has a named owner; the others are owned by `<slug>@demo.xuanpin.test`. */
const NAMED_OWNERS: Record<string, string> = {
  'xuanpin-platform': 'platform@demo.xuanpin.test',
  'sakura-selection': 'provider@demo.xuanpin.test',
  'arita-porcelain-lab': 'merchant@demo.xuanpin.test',
  'mika-japan-finds': 'creator@demo.xuanpin.test',
};

export const DEMO_MEMBERSHIPS: readonly DemoMembership[] = [
  ...DEMO_ORGANIZATIONS.map((o) => ({
    email: NAMED_OWNERS[o.slug] ?? `${o.slug}@demo.xuanpin.test`,
    slug: o.slug,
    role: 'owner' as const,
  })),
  // Two organizations of different kinds for one person: the switcher.
  { email: 'switcher@demo.xuanpin.test', slug: 'sakura-selection', role: 'admin' },
  { email: 'switcher@demo.xuanpin.test', slug: 'kyoto-knife-works', role: 'member' },
  // The other roles, in the provider and the merchant the README logins use.
  { email: 'ops@demo.xuanpin.test', slug: 'sakura-selection', role: 'member' },
  { email: 'finance@demo.xuanpin.test', slug: 'sakura-selection', role: 'viewer' },
  { email: 'staff@demo.xuanpin.test', slug: 'arita-porcelain-lab', role: 'member' },
  { email: 'finance@demo.xuanpin.test', slug: 'arita-porcelain-lab', role: 'viewer' },
];

/** Inserts the memberships that are missing; (organization, user) is unique. */
export async function seedMemberships(ctx: SeedContext): Promise<void> {
  await runGrouped(
    ctx.db,
    DEMO_MEMBERSHIPS.map((m) => [
      ctx.db
        .insert(memberships)
        .values({
          id: newId('membership', ctx.now),
          orgId: idOf(ctx.orgIds, m.slug),
          userId: idOf(ctx.userIds, m.email),
          role: m.role,
          createdAt: ctx.now,
        })
        .onConflictDoNothing({ target: [memberships.orgId, memberships.userId] }),
    ]),
  );
}
