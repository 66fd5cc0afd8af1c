import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Role } from '@xuanpin/core';
import { memberships, organizations } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';
import { auditInsert } from '../audit/record';
import { findMember } from './list';
import { assertMayGrant, assertMayManage, lastOwner } from './rules';

/**
 * The guard that keeps an organization owned: the row may change only if it is not an owner or another owner
 * remains. It sits in the statement itself, so two owners demoting each other at once cannot both succeed.
 */
function keepsAnOwner(ctx: ServiceContext, id: string) {
  const owners = sql`(select count(*) from ${memberships} where ${memberships.orgId} = ${ctx.caller.orgId} and ${memberships.role} = 'owner')`;
  return and(eq(memberships.id, id), eq(memberships.orgId, ctx.caller.orgId), or(ne(memberships.role, 'owner'), sql`${owners} > 1`));
}

async function orgName(ctx: ServiceContext) {
  const [org] = await ctx.db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, ctx.caller.orgId));
  return org?.name ?? 'this organization';
}

/** Changes a member's role within the caller's rank; never leaves the organization without an owner. */
export async function changeRole({ ctx, input }: { ctx: ServiceContext; input: { id: string; role: Role } }) {
  const member = await findMember(ctx, input.id);
  if (!member) throw notFound('Member');
  assertMayManage(ctx.caller, member.role);
  assertMayGrant(ctx.caller, input.role);
  if (member.role === input.role) return member;
  const where = input.role === 'owner' ? and(eq(memberships.id, input.id), eq(memberships.orgId, ctx.caller.orgId)) : keepsAnOwner(ctx, input.id);
  const changed = await ctx.db.update(memberships).set({ role: input.role }).where(where).returning({ id: memberships.id });
  if (changed.length === 0) throw lastOwner(await orgName(ctx));
  await auditInsert(ctx, {
    orgId: ctx.caller.orgId,
    actorId: ctx.caller.actorId,
    action: 'member.role_changed',
    targetId: member.id,
    data: { userId: member.userId, from: member.role, to: input.role },
  });
  return { ...member, role: input.role };
}

/** Removes a member within the caller's rank; the last owner cannot be removed. */
export async function removeMember({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  const member = await findMember(ctx, input.id);
  if (!member) throw notFound('Member');
  assertMayManage(ctx.caller, member.role);
  const removed = await ctx.db.delete(memberships).where(keepsAnOwner(ctx, input.id)).returning({ id: memberships.id });
  if (removed.length === 0) throw lastOwner(await orgName(ctx));
  await auditInsert(ctx, {
    orgId: ctx.caller.orgId,
    actorId: ctx.caller.actorId,
    action: 'member.removed',
    targetId: member.id,
    data: { userId: member.userId, role: member.role },
  });
}
