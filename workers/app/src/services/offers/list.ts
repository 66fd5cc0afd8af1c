import { and, desc, eq, lt } from 'drizzle-orm';
import { enrollments, products } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { requireKind } from '../creators/kind';
import { containsText, inCategorySql } from '../activities/search';
import { selectOffers, toOffers } from './view';

/** The offers open to the calling creator (see `offerOpenTo`), newest enrollment first. */
export async function listOffers({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { limit: number; cursor?: string; category?: string; activityId?: string; q?: string };
}) {
  requireKind(ctx, 'creator');
  const rows = await selectOffers(
    ctx,
    and(
      input.category ? inCategorySql(products.category, input.category) : undefined,
      input.activityId ? eq(enrollments.activityId, input.activityId) : undefined,
      input.q ? containsText(products.title, input.q) : undefined,
      input.cursor ? lt(enrollments.id, input.cursor) : undefined,
    ),
  )
    .orderBy(desc(enrollments.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return { data: await toOffers(ctx, page), nextCursor: rows.length > input.limit ? page[page.length - 1].enrollment.id : null };
}
