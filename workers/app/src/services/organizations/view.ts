import { eq } from 'drizzle-orm';
import { organizations } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { commit } from '../audit/commit';
import { auditInsert } from '../audit/record';
import type { LOCALES } from '../../schemas/common';

const columns = {
  id: organizations.id,
  name: organizations.name,
  slug: organizations.slug,
  kind: organizations.kind,
  locale: organizations.locale,
  createdAt: organizations.createdAt,
};

/** The caller's own organization. */
export async function getOrganization({ ctx }: { ctx: ServiceContext }) {
  const [org] = await ctx.db.select(columns).from(organizations).where(eq(organizations.id, ctx.caller.orgId));
  // Only the locales of the schema are ever written.
  return { ...org, locale: org.locale as (typeof LOCALES)[number] };
}

/** Renames the caller's organization or changes its default language; the slug stays, links keep working. */
export async function updateOrganization({ ctx, input }: { ctx: ServiceContext; input: { name?: string; locale?: string } }) {
  const patch = {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  if (Object.keys(patch).length > 0) {
    await commit(ctx.db, [
      ctx.db.update(organizations).set({ ...patch, updatedAt: ctx.now }).where(eq(organizations.id, ctx.caller.orgId)),
      auditInsert(ctx, { orgId: ctx.caller.orgId, actorId: ctx.caller.actorId, action: 'organization.updated', targetId: ctx.caller.orgId, data: patch }),
    ]);
  }
  return getOrganization({ ctx });
}
