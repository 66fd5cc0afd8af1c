import { and, desc, eq, lt } from 'drizzle-orm';
import { links } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { LinkFilters, LinkListInput } from '../../schemas/link';
import { requireKind } from '../creators/kind';
import { selectLinks, toLink } from './view';

/** The filters of the list and the CSV, as one condition. */
export function linkFilters(input: LinkFilters) {
  return and(
    input.offerId ? eq(links.enrollmentId, input.offerId) : undefined,
    input.status ? eq(links.status, input.status) : undefined,
    input.subId !== undefined ? eq(links.subId, input.subId) : undefined,
  );
}

/** The caller's links, newest first, by cursor. */
export async function listLinks({ ctx, input }: { ctx: ServiceContext; input: LinkListInput & { origin: string } }) {
  requireKind(ctx, 'creator');
  const rows = await selectLinks(ctx, and(linkFilters(input), input.cursor ? lt(links.id, input.cursor) : undefined))
    .orderBy(desc(links.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return { data: page.map((r) => toLink(r, input.origin)), nextCursor: rows.length > input.limit ? page[page.length - 1].link.id : null };
}
