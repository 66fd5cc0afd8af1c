/**
 * The demo creators' promo links and their traffic, so the link analytics have weeks of clicks to show. Each set
 * takes `offers` of the offers open to its creator now (its own categories first), one link each with `subId`;
 * every day since the link was made (at most DEMO_CLICK_DAYS) brings `visitors` people, more on weekends and on
 * `liveDays` (weekday numbers, 0 = Sunday: the buyer's live-stream evenings).
 */
export interface DemoLinkSet {
  creator: string;
  offers: number;
  subId?: string;
  destination?: 'merchant' | 'hosted';
  visitors: [min: number, max: number];
  liveDays?: number[];
}

/** How far back the clicks go: three weeks. */
export const DEMO_CLICK_DAYS = 21;
/** Of the visits: crawlers and link previewers (stored, never counted), and people who come back within minutes. */
export const DEMO_BOT_SHARE = 0.08;
export const DEMO_REPEAT_SHARE = 0.25;

export const DEMO_LINK_SETS: readonly DemoLinkSet[] = [
  // The README's creator login (creator@demo.xuanpin.test).
  { creator: 'mika-japan-finds', offers: 8, visitors: [2, 18] },
  { creator: 'mika-japan-finds', offers: 3, subId: 'note-tableware', destination: 'hosted', visitors: [1, 8] },
  // A live-stream buyer: one link per product for the Wednesday and Saturday streams.
  { creator: 'tokyo-buyer-momo', offers: 12, subId: 'live-wed-sat', visitors: [4, 30], liveDays: [3, 6] },
  { creator: 'ajie-kitchen', offers: 5, visitors: [3, 20], liveDays: [5] },
  { creator: 'haruka-kurashi', offers: 4, visitors: [1, 10] },
  { creator: 'yuna-beauty-diary', offers: 4, visitors: [2, 14] },
  { creator: 'tangtang-tableware', offers: 2, visitors: [0, 4] },
];
