import { eq } from 'drizzle-orm';
import { newId, type OrgKind } from '@xuanpin/core';
import { memberships, organizations, sessions } from '@xuanpin/db';
import { commit, type Write } from '../audit/commit';
import { auditInsert } from '../audit/record';
import type { AuthContext } from '../sessions/context';
import { uniqueSlug } from './slug';

/**
 * A new organization with `ownerId` as its owner. Returns the writes unexecuted, so that sign-up can commit
 * user, organization, membership and session in one batch.
 */
export async function newOrganization(ctx: AuthContext, input: { name: string; kind: OrgKind; locale?: string }, ownerId: string) {
  const name = input.name.trim();
  const org = {
    id: newId('organization', ctx.now),
    name,
    slug: await uniqueSlug(ctx.db, name),
    kind: input.kind,
    locale: input.locale ?? 'en',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const membership = { id: newId('membership', ctx.now), orgId: org.id, userId: ownerId, role: 'owner' as const, createdAt: ctx.now };
  const writes: Write[] = [
    ctx.db.insert(organizations).values(org),
    ctx.db.insert(memberships).values(membership),
    auditInsert(ctx, { orgId: org.id, actorId: ownerId, action: 'organization.created', targetId: org.id, data: { name, kind: org.kind } }),
  ];
  return { org, membership, writes };
}

/** A signed-in user founds another organization and switches to it (POST /auth/organizations). */
export async function createOrganization({ ctx, input }: { ctx: AuthContext; input: { sessionId: string; userId: string; locale: string; name: string; kind: OrgKind } }) {
  const created = await newOrganization(ctx, input, input.userId);
  await commit(ctx.db, [...created.writes, ctx.db.update(sessions).set({ activeOrgId: created.org.id }).where(eq(sessions.id, input.sessionId))]);
  return created.org;
}
