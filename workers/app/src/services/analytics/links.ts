import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import { enrollments, linkDailyClicks as d, links, organizations, products } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import { MAX_ANALYTICS_DAYS, MAX_ANALYTICS_ROWS, type LinkAnalyticsInput, type LinkAnalyticsView } from '../../schemas/analytics';
import { requireKind } from '../creators/kind';

const DAY_MS = 86_400_000;

/** Whose clicks a caller sees: a creator its links', a provider its activities' offers', a merchant its products'. */
const OWNER = { creator: d.creatorOrgId, provider: d.providerOrgId, merchant: d.merchantOrgId } as const;

const sums = {
  counted: sql<number>`sum(${d.counted})`.mapWith(Number),
  bot: sql<number>`sum(${d.bot})`.mapWith(Number),
  duplicate: sql<number>`sum(${d.duplicate})`.mapWith(Number),
};

/**
 * Click analytics from the daily rollup (`link_daily_clicks`, kept by the click consumer): a few rows per link and
 * day whatever the number of clicks, read through the (owner, day) indexes, in one round trip (one db.batch of four
 * reads). Days are UTC.
 */
export async function linkAnalytics({ ctx, input }: { ctx: ServiceContext; input: LinkAnalyticsInput }): Promise<LinkAnalyticsView> {
  requireKind(ctx, 'creator', 'provider', 'merchant');
  const owner = OWNER[ctx.caller.orgKind as keyof typeof OWNER];
  const { fromDay, toDay } = dayRange(input, ctx.now);
  const where = and(
    eq(owner, ctx.caller.orgId),
    gte(d.day, fromDay),
    lte(d.day, toDay),
    input.linkId ? eq(d.linkId, input.linkId) : undefined,
    input.offerId ? eq(d.enrollmentId, input.offerId) : undefined,
  );
  const linkColumns = { linkId: d.linkId, code: links.code, subId: links.subId, offerId: d.enrollmentId, creatorOrgId: d.creatorOrgId, productTitle: products.title };
  const perLink =
    input.groupBy === 'day'
      ? ctx.db
          .select({ ...linkColumns, day: d.day, counted: d.counted, bot: d.bot, duplicate: d.duplicate })
          .from(d)
          .innerJoin(links, eq(links.id, d.linkId))
          .innerJoin(products, eq(products.id, links.productId))
          .where(where)
          .orderBy(asc(d.day), asc(d.linkId))
          .limit(MAX_ANALYTICS_ROWS + 1)
      : ctx.db
          .select({ ...linkColumns, day: sql<number | null>`null`, ...sums })
          .from(d)
          .innerJoin(links, eq(links.id, d.linkId))
          .innerJoin(products, eq(products.id, links.productId))
          .where(where)
          .groupBy(d.linkId)
          .orderBy(desc(sums.counted), asc(d.linkId))
          .limit(MAX_ANALYTICS_ROWS + 1);
  const [perDay, linkRows, perOffer, perCreator] = await ctx.db.batch([
    ctx.db.select({ day: d.day, ...sums }).from(d).where(where).groupBy(d.day),
    perLink,
    ctx.db
      .select({ offerId: d.enrollmentId, productTitle: products.title, ...sums })
      .from(d)
      .innerJoin(enrollments, eq(enrollments.id, d.enrollmentId))
      .innerJoin(products, eq(products.id, enrollments.productId))
      .where(where)
      .groupBy(d.enrollmentId)
      .orderBy(desc(sums.counted), asc(d.enrollmentId)),
    ctx.db
      .select({ creatorOrgId: d.creatorOrgId, creatorName: organizations.name, ...sums })
      .from(d)
      .innerJoin(organizations, eq(organizations.id, d.creatorOrgId))
      .where(where)
      .groupBy(d.creatorOrgId)
      .orderBy(desc(sums.counted), asc(d.creatorOrgId)),
  ]);

  const byDay = new Map(perDay.map((r) => [r.day, r]));
  const days = [];
  const totals = { counted: 0, bot: 0, duplicate: 0 };
  for (let day = fromDay; day <= toDay; day += DAY_MS) {
    const r = byDay.get(day);
    const c = { counted: r?.counted ?? 0, bot: r?.bot ?? 0, duplicate: r?.duplicate ?? 0 };
    totals.counted += c.counted;
    totals.bot += c.bot;
    totals.duplicate += c.duplicate;
    days.push({ day: isoDay(day), ...c });
  }
  const rows = linkRows.slice(0, MAX_ANALYTICS_ROWS).map((r) => ({
    linkId: r.linkId,
    code: r.code,
    subId: r.subId === '' ? null : r.subId,
    offerId: r.offerId,
    creatorOrgId: r.creatorOrgId,
    productTitle: r.productTitle,
    ...(r.day === null ? {} : { day: isoDay(r.day) }),
    counted: r.counted,
    bot: r.bot,
    duplicate: r.duplicate,
  }));
  return {
    from: isoDay(fromDay),
    to: isoDay(toDay),
    groupBy: input.groupBy,
    totals,
    days,
    rows,
    truncated: linkRows.length > MAX_ANALYTICS_ROWS,
    byOffer: perOffer,
    byCreator: perCreator,
  };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `YYYY-MM-DD` or ms → that UTC day's midnight. */
const toDayStart = (value: string) => {
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(`${value}T00:00:00Z`);
  return Math.floor(ms / DAY_MS) * DAY_MS;
};

/** The days asked for (both included): by default the 30 days up to today. */
export function dayRange(input: { from?: string; to?: string }, now: number) {
  const toDay = input.to !== undefined ? toDayStart(input.to) : Math.floor(now / DAY_MS) * DAY_MS;
  const fromDay = input.from !== undefined ? toDayStart(input.from) : toDay - 29 * DAY_MS;
  if (fromDay > toDay) throw new ApiError('validation_failed', '`to`: must not be before `from`.', { path: 'to' });
  if ((toDay - fromDay) / DAY_MS + 1 > MAX_ANALYTICS_DAYS) {
    throw new ApiError('validation_failed', `\`from\`: the range is at most ${MAX_ANALYTICS_DAYS} days.`, { path: 'from' });
  }
  return { fromDay, toDay };
}
