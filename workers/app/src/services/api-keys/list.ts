import { and, desc, eq, lt } from 'drizzle-orm';
import { apiKeys } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { toView } from './view';

/**
 * The organization's keys, newest first. Ids are time-sortable and unique, so "id below the cursor" pages
 * stably even while keys are created; the cursor is the last id of the previous page.
 */
export async function listApiKeys({ ctx, input }: { ctx: ServiceContext; input: { limit: number; cursor?: string } }) {
  const rows = await ctx.db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.orgId, ctx.caller.orgId), input.cursor ? lt(apiKeys.id, input.cursor) : undefined))
    .orderBy(desc(apiKeys.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    data: page.map(toView),
    nextCursor: rows.length > input.limit ? page[page.length - 1].id : null,
  };
}
