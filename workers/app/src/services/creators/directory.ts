import { and, desc, eq, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import { creatorProfiles, rosterMembers } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { DirectoryInput } from '../../schemas/creator';
import { requireKind } from './kind';
import { TIER_FOLLOWERS } from './tier-range';
import { profileColumns, publicView } from './view';

/** Integer engagement rate in basis points, as core's `profileEngagementRateBps`: Σ engagement × 10,000 / Σ followers. */
const ENGAGEMENT_BPS = sql<number>`(case when ${creatorProfiles.followers} > 0 then (select coalesce(sum(json_extract(value, '$.avgEngagement')), 0) from json_each(${creatorProfiles.handles})) * 10000 / ${creatorProfiles.followers} else 0 end)`;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function filters(input: DirectoryInput): (SQL | undefined)[] {
  const p = creatorProfiles;
  const range = input.tier ? TIER_FOLLOWERS[input.tier] : undefined;
  const like = input.q ? `%${likeEscape(input.q)}%` : undefined;
  return [
    eq(p.listed, true),
    range ? gte(p.followers, range.min) : undefined,
    range?.max != null ? lte(p.followers, range.max) : undefined,
    input.minFollowers !== undefined ? gte(p.followers, input.minFollowers) : undefined,
    input.maxFollowers !== undefined ? lte(p.followers, input.maxFollowers) : undefined,
    // A parent category also finds profiles filed under its children (`kitchen` finds `kitchen.tableware`).
    input.category
      ? sql`exists (select 1 from json_each(${p.categories}) where value = ${input.category} or value like ${`${input.category}.%`})`
      : undefined,
    input.platform ? sql`exists (select 1 from json_each(${p.handles}) where json_extract(value, '$.platform') = ${input.platform})` : undefined,
    input.format ? sql`exists (select 1 from json_each(${p.formats}) where value = ${input.format})` : undefined,
    like
      ? or(sql`${p.displayName} like ${like} escape '\\'`, sql`exists (select 1 from json_each(${p.tags}) where value like ${like} escape '\\')`)
      : undefined,
  ];
}

/**
 * The creator directory providers search: listed profiles only, public fields only, with the caller's roster
 * status. Sorted by followers or engagement rate, descending; ties broken by org id so that the cursor
 * (`<sort value>~<org id>` of the last row) pages stably.
 */
export async function searchCreators({ ctx, input }: { ctx: ServiceContext; input: DirectoryInput }) {
  requireKind(ctx, 'provider');
  const key = input.sort === 'engagement' ? ENGAGEMENT_BPS : sql<number>`${creatorProfiles.followers}`;
  let after: SQL | undefined;
  if (input.cursor) {
    const [value, orgId] = input.cursor.split('~');
    after = or(sql`${key} < ${Number(value)}`, and(sql`${key} = ${Number(value)}`, sql`${creatorProfiles.orgId} < ${orgId}`));
  }
  const rows = await ctx.db
    .select({ ...profileColumns(ctx.now), sortKey: key, onRoster: rosterMembers.status })
    .from(creatorProfiles)
    .leftJoin(rosterMembers, and(eq(rosterMembers.providerOrgId, ctx.caller.orgId), eq(rosterMembers.creatorOrgId, creatorProfiles.orgId)))
    .where(and(...filters(input), after))
    .orderBy(desc(key), desc(creatorProfiles.orgId))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    data: page.map((r) => ({ ...publicView(r), onRoster: r.onRoster ?? null })),
    nextCursor: rows.length > input.limit ? `${last.sortKey}~${last.orgId}` : null,
  };
}
