import { asc, eq } from 'drizzle-orm';
import { memberships, organizations, users, type Database } from '@xuanpin/db';

/**
 * What the browser needs to know about who is signed in: the user, their organizations with their role in each,
 * and the active one (null when the session points at an organization the user has since left).
 */
export async function loadSessionState(db: Database, userId: string, activeOrgId: string | null) {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId));
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, kind: organizations.kind, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
  return {
    user: user ?? null,
    organizations: orgs,
    activeOrgId: activeOrgId && orgs.some((o) => o.id === activeOrgId) ? activeOrgId : null,
  };
}

/** The organization a user lands in after signing in: the one they joined first. */
export async function firstOrganizationOf(db: Database, userId: string): Promise<string | null> {
  const [m] = await db
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), asc(memberships.id))
    .limit(1);
  return m?.orgId ?? null;
}
