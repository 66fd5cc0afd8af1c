import { and, eq, ne } from 'drizzle-orm';
import { links, type LinkStatus } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { LinkView } from '../../schemas/link';
import { forgetLinkCode } from '../redirect/cache';
import { getLink } from './get';

/**
 * Disables or re-enables one of the caller's links (a conditional update; doing it twice changes nothing the second
 * time). This isolate's redirect cache forgets the link at once; others within the cache's TTL (see redirect/cache.ts).
 */
export async function setLinkStatus({ ctx, input }: { ctx: ServiceContext; input: { id: string; status: LinkStatus; origin: string } }): Promise<LinkView> {
  const [changed] = await ctx.db
    .update(links)
    .set({ status: input.status, updatedAt: ctx.now })
    .where(and(eq(links.id, input.id), eq(links.creatorOrgId, ctx.caller.orgId), ne(links.status, input.status)))
    .returning({ code: links.code });
  if (changed) forgetLinkCode(changed.code);
  return getLink({ ctx, input });
}
