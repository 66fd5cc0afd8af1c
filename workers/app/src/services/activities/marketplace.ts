import { and, desc, eq, gt, lt, ne } from 'drizzle-orm';
import type { PlanType } from '@xuanpin/core';
import { activities, organizations } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';
import { requireKind } from '../creators/kind';
import { categoriesOverlapSql, containsText } from './search';
import { toMarketplaceActivity } from './view';

export interface MarketplaceQuery {
  limit: number;
  cursor?: string;
  category?: string;
  planType?: PlanType;
  q?: string;
}

/** What merchants may browse and apply to: every provider's open, public, unfinished activities. */
export async function listMarketplace({ ctx, input }: { ctx: ServiceContext; input: MarketplaceQuery }) {
  requireKind(ctx, 'merchant');
  const rows = await ctx.db
    .select({ activity: activities, providerName: organizations.name })
    .from(activities)
    .innerJoin(organizations, eq(organizations.id, activities.orgId))
    .where(
      and(
        eq(activities.status, 'open'),
        eq(activities.visibility, 'public'),
        gt(activities.endsAt, ctx.now),
        input.planType ? eq(activities.planType, input.planType) : undefined,
        input.category ? categoriesOverlapSql(activities.categories, input.category) : undefined,
        input.q ? containsText(activities.name, input.q) : undefined,
        input.cursor ? lt(activities.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(activities.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    data: page.map((r) => toMarketplaceActivity(r.activity, r.providerName)),
    nextCursor: rows.length > input.limit ? page[page.length - 1].activity.id : null,
  };
}

/** One activity a merchant may see: any published one by id (invite-only ones are shared by link); never drafts. */
export async function getMarketplaceActivity({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  requireKind(ctx, 'merchant');
  const [row] = await ctx.db
    .select({ activity: activities, providerName: organizations.name })
    .from(activities)
    .innerJoin(organizations, eq(organizations.id, activities.orgId))
    .where(and(eq(activities.id, input.id), ne(activities.status, 'draft')))
    .limit(1);
  if (!row) throw notFound('Activity');
  return toMarketplaceActivity(row.activity, row.providerName);
}
