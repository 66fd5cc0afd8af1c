import { and, desc, eq, lt } from 'drizzle-orm';
import { rosterMembers, type RosterStatus } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { requireKind } from '../creators/kind';
import { selectRoster, sideColumn, toRosterMember } from './view';

/** A provider's roster, or a creator's invitations and memberships; newest first. */
export async function listRoster({ ctx, input }: { ctx: ServiceContext; input: { limit: number; cursor?: string; status?: RosterStatus } }) {
  requireKind(ctx, 'provider', 'creator');
  const rows = await selectRoster(
    ctx,
    and(
      eq(sideColumn(ctx), ctx.caller.orgId),
      input.status ? eq(rosterMembers.status, input.status) : undefined,
      input.cursor ? lt(rosterMembers.id, input.cursor) : undefined,
    ),
  )
    .orderBy(desc(rosterMembers.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return { data: page.map(toRosterMember), nextCursor: rows.length > input.limit ? page[page.length - 1].member.id : null };
}
