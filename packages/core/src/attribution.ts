/**
 * Attribution (DESIGN.md "Order"): an order is attributed to the click it carries (the buyer's last click, from the
 * `xp_click` cookie or the postback's click id) when that click is within the offer's attribution window and the
 * offer was live when it was made. Every order records the outcome and a reason code, so a merchant or provider can
 * see why an order did or did not earn commission. Pure: the caller looks the click and the offer up.
 */
export const ATTRIBUTION_REASONS = [
  'attributed',
  'no_click_id',
  'click_not_found',
  'click_after_order',
  'click_expired',
  'offer_not_active',
  'product_not_in_offer',
  'reattributed',
  'unattributed_by_admin',
] as const;
export type AttributionReason = (typeof ATTRIBUTION_REASONS)[number];

export const DAY_MS = 86_400_000;

export interface ClickFacts {
  clickedAt: number;
  merchantOrgId: string;
  productId: string;
  bot: boolean;
  /** The offer (enrollment) status now, and its activity's promotion period. */
  enrollmentStatus: string;
  activityStatus: string;
  activityStartsAt: number;
  activityEndsAt: number;
  attributionWindowDays: number;
}

export interface AttributionInput {
  merchantOrgId: string;
  placedAt: number;
  clickId: string | null | undefined;
  /** The click and its offer, or null when no click of this merchant has that id. */
  click: ClickFacts | null;
  /** The products of the order's lines. */
  productIds: readonly string[];
}

export interface Attribution {
  outcome: 'attributed' | 'unattributed';
  reason: AttributionReason;
}

const no = (reason: AttributionReason): Attribution => ({ outcome: 'unattributed', reason });

export function attribute(input: AttributionInput): Attribution {
  if (!input.clickId) return no('no_click_id');
  const click = input.click;
  // A click of another merchant's offer is, for this merchant, a click that does not exist.
  if (!click || click.merchantOrgId !== input.merchantOrgId) return no('click_not_found');
  if (click.clickedAt > input.placedAt) return no('click_after_order');
  if (input.placedAt - click.clickedAt > click.attributionWindowDays * DAY_MS) return no('click_expired');
  // The offer must have been live when the click was made: approved (or since ended), inside its period.
  const approved = click.enrollmentStatus === 'approved' || click.enrollmentStatus === 'ended';
  const inPeriod = click.activityStatus !== 'draft' && click.clickedAt >= click.activityStartsAt && click.clickedAt < click.activityEndsAt;
  if (!approved || !inPeriod) return no('offer_not_active');
  if (!input.productIds.includes(click.productId)) return no('product_not_in_offer');
  return { outcome: 'attributed', reason: 'attributed' };
}
