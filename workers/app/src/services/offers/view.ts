import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { activities, enrollments, organizations, products, skus } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { chunks } from '../activities/rules';
import { loadTerms, termsInForce, toTermView } from '../enrollments/terms';
import { offerOpenTo } from './visible';

/** Offers open to the calling creator, joined with what a creator needs to choose one. */
export function selectOffers(ctx: ServiceContext, where: SQL | undefined) {
  return ctx.db
    .select({ enrollment: enrollments, activity: activities, product: products, providerName: organizations.name })
    .from(enrollments)
    .innerJoin(activities, eq(activities.id, enrollments.activityId))
    .innerJoin(products, eq(products.id, enrollments.productId))
    .innerJoin(organizations, eq(organizations.id, enrollments.providerOrgId))
    .where(and(offerOpenTo(ctx.caller.orgId, ctx.now), where));
}

type Row = Awaited<ReturnType<typeof selectOffers>>[number];

/** The cheapest SKU of each product, as `{ amount, currency }`. */
async function minPrices(ctx: ServiceContext, productIds: string[]) {
  const map = new Map<string, { amount: number; currency: string }>();
  for (const part of chunks(productIds)) {
    const rows = await ctx.db
      .select({ productId: skus.productId, price: skus.price, currency: skus.currency })
      .from(skus)
      .where(inArray(skus.productId, part))
      .orderBy(asc(skus.price));
    for (const r of rows) if (!map.has(r.productId)) map.set(r.productId, { amount: r.price, currency: r.currency });
  }
  return map;
}

/** The API shape of offers; `withTerms` adds the full rate history. */
export async function toOffers(ctx: ServiceContext, rows: Row[], withTerms = false) {
  const terms = await loadTerms(ctx.db, rows.map((r) => r.enrollment.id));
  const prices = await minPrices(ctx, [...new Set(rows.map((r) => r.product.id))]);
  return rows.map(({ enrollment, activity, product, providerName }) => {
    const history = terms.get(enrollment.id) ?? [];
    return {
      id: enrollment.id,
      activityId: activity.id,
      activityName: activity.name,
      planType: activity.planType,
      providerOrgId: activity.orgId,
      providerName,
      productId: product.id,
      productTitle: product.title,
      productDescription: product.description,
      images: product.images,
      category: product.category,
      minPrice: prices.get(product.id) ?? null,
      creatorRateBps: termsInForce(history, ctx.now).creatorRateBps,
      samplePolicy: product.samplePolicy,
      sampleQuantity: product.sampleQuantity,
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      attributionWindowDays: activity.attributionWindowDays,
      contentDueDays: activity.contentDueDays,
      ...(withTerms ? { terms: history.map(toTermView) } : {}),
    };
  });
}
