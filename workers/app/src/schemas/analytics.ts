import * as v from 'valibot';

const id = v.pipe(v.string(), v.maxLength(64));
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const DayOrMs = (name: string) =>
  v.pipe(
    v.string(),
    v.check((s) => isDay(s) || /^\d{1,15}$/.test(s), `${name} must be a date (YYYY-MM-DD, UTC) or a timestamp in ms`),
    v.description('A UTC date `YYYY-MM-DD`, or a timestamp in ms (its UTC day is used).'),
  );

export const MAX_ANALYTICS_DAYS = 366;
export const MAX_ANALYTICS_ROWS = 5_000;

export const LinkAnalyticsQuery = v.strictObject({
  from: v.optional(v.pipe(DayOrMs('from'), v.description('First day, included. Default: 29 days before `to`.'))),
  to: v.optional(v.pipe(DayOrMs('to'), v.description('Last day, included. Default: today (UTC).'))),
  linkId: v.optional(id),
  offerId: v.optional(id),
  groupBy: v.optional(v.picklist(['day', 'link']), 'day'),
});
export type LinkAnalyticsInput = v.InferOutput<typeof LinkAnalyticsQuery>;

const counts = {
  counted: v.pipe(v.number(), v.description('Clicks counted: one per visitor per link per hour, bots left out.')),
  bot: v.pipe(v.number(), v.description('Clicks by crawlers, previewers and clients without a user agent.')),
  duplicate: v.pipe(v.number(), v.description('Repeat clicks of a visitor within the hour (not counted).')),
};
export const ClickCounts = v.pipe(v.object(counts), v.metadata({ ref: 'ClickCounts' }));

export const LinkAnalytics = v.pipe(
  v.object({
    from: v.pipe(v.string(), v.description('First day (UTC), `YYYY-MM-DD`.')),
    to: v.pipe(v.string(), v.description('Last day (UTC), included.')),
    groupBy: v.picklist(['day', 'link']),
    totals: ClickCounts,
    days: v.pipe(
      v.array(v.object({ day: v.string(), ...counts })),
      v.description('Every day of the range (zeros included), all matching links together: the chart.'),
    ),
    rows: v.pipe(
      v.array(
        v.object({
          linkId: v.string(),
          code: v.string(),
          subId: v.nullable(v.string()),
          offerId: v.string(),
          creatorOrgId: v.string(),
          productTitle: v.string(),
          day: v.pipe(v.optional(v.string()), v.description('groupBy=day only.')),
          ...counts,
        }),
      ),
      v.description('groupBy=day: one row per link per day with clicks; groupBy=link: one row per link with clicks.'),
    ),
    truncated: v.pipe(v.boolean(), v.description(`True when \`rows\` stopped at ${MAX_ANALYTICS_ROWS}: narrow the range or the filters.`)),
    byOffer: v.array(v.object({ offerId: v.string(), productTitle: v.string(), ...counts })),
    byCreator: v.array(v.object({ creatorOrgId: v.string(), creatorName: v.string(), ...counts })),
  }),
  v.metadata({ ref: 'LinkAnalytics' }),
);
export type LinkAnalyticsView = v.InferOutput<typeof LinkAnalytics>;
