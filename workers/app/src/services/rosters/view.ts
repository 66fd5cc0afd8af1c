import { and, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { organizations, rosterMembers } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';

const provider = alias(organizations, 'provider_org');
const creator = alias(organizations, 'creator_org');

/** Roster rows with both organizations' names; `where` must carry the caller's org id. */
export function selectRoster(ctx: ServiceContext, where: SQL | undefined) {
  return ctx.db
    .select({ member: rosterMembers, providerName: provider.name, creatorName: creator.name })
    .from(rosterMembers)
    .innerJoin(provider, eq(provider.id, rosterMembers.providerOrgId))
    .innerJoin(creator, eq(creator.id, rosterMembers.creatorOrgId))
    .where(where);
}

export const toRosterMember = (r: Awaited<ReturnType<typeof selectRoster>>[number]) => ({
  ...r.member,
  providerName: r.providerName,
  creatorName: r.creatorName,
});

/** The side of a roster row the caller's organization is on. */
export const sideColumn = (ctx: ServiceContext) =>
  ctx.caller.orgKind === 'creator' ? rosterMembers.creatorOrgId : rosterMembers.providerOrgId;

/** One roster row the caller is a party to (provider or creator); 404 otherwise. */
export async function rosterView(ctx: ServiceContext, id: string) {
  const [row] = await selectRoster(ctx, and(eq(rosterMembers.id, id), eq(sideColumn(ctx), ctx.caller.orgId))).limit(1);
  if (!row) throw notFound('Roster member');
  return toRosterMember(row);
}
