import { and, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { activities, enrollments, organizations, products } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';
import { partyCondition } from './find';
import { loadTerms, termsInForce, toTermView } from './terms';

const provider = alias(organizations, 'provider_org');
const merchant = alias(organizations, 'merchant_org');

/** Enrollments joined with the names both parties see; `where` must include a party condition. */
export function selectEnrollments(ctx: ServiceContext, where: SQL | undefined) {
  return ctx.db
    .select({
      enrollment: enrollments,
      activityName: activities.name,
      productTitle: products.title,
      providerName: provider.name,
      merchantName: merchant.name,
    })
    .from(enrollments)
    .innerJoin(activities, eq(activities.id, enrollments.activityId))
    .innerJoin(products, eq(products.id, enrollments.productId))
    .innerJoin(provider, eq(provider.id, enrollments.providerOrgId))
    .innerJoin(merchant, eq(merchant.id, enrollments.merchantOrgId))
    .where(where);
}

type Row = Awaited<ReturnType<typeof selectEnrollments>>[number];

/** The API shape, with every rate version and the one in force now. */
export async function toEnrollments(ctx: ServiceContext, rows: Row[]) {
  const terms = await loadTerms(ctx.db, rows.map((r) => r.enrollment.id));
  return rows.map(({ enrollment, ...names }) => {
    const history = terms.get(enrollment.id) ?? [];
    return {
      ...enrollment,
      ...names,
      currentTerms: toTermView(termsInForce(history, ctx.now)),
      terms: history.map(toTermView),
    };
  });
}

/** One enrollment as the caller (merchant or provider) sees it. */
export async function enrollmentView(ctx: ServiceContext, id: string) {
  const rows = await selectEnrollments(ctx, and(eq(enrollments.id, id), partyCondition(ctx, 'either'))).limit(1);
  if (rows.length === 0) throw notFound('Enrollment');
  return (await toEnrollments(ctx, rows))[0];
}
