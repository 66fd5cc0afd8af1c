/**
 * The demo orders (issue 5): postback orders on the demo creators' links, so that every party's pages show real
 * figures in every state. Shares are of the orders that arrive through a link; see seed/orders.ts for how each is
 * applied. External ids start with DEMO_ORDER_PREFIX (the seed finds its orders again by it).
 */
export const DEMO_ORDER_PREFIX = 'DEMO-';

/** Of the counted clicks of a link, the share that buys (each click draws once). */
export const DEMO_CONVERSION = 0.045;
/** Orders without a click, per merchant with demo links: unattributed (`no_click_id`), the merchant's own share. */
export const DEMO_UNATTRIBUTED_PER_MERCHANT = 2;

/** What happens to an order after it is placed (drawn per order, in this order). */
export const DEMO_ORDER_FATE = {
  /** Cancelled by the merchant before delivery. */
  cancel: 0.025,
  /** Fully refunded before delivery (the order is cancelled, its commission reversed). */
  fullRefund: 0.03,
  /** Part refunded (20–50 % of it), then delivered. */
  partialRefund: 0.07,
  /** Of the rest placed more than two days ago: still awaiting delivery (never confirmed). */
  unconfirmed: 0.15,
} as const;

/** Delivery is confirmed this long after the order; the lock then waits out the activity's return window. */
export const DEMO_DELIVERY_DAYS = 2;

/** Orders bought by the creator's own member (the self-purchase rule holds their commission). */
export const DEMO_SELF_PURCHASE_SHARE = 0.015;
/** A link whose orders include one placed through a bot's click (the bot-click rule holds it), one in this many. */
export const DEMO_BOT_ORDER_EVERY = 5;
/** One buyer ordering this many times through one creator's link within hours: the last ones are held as brushing. */
export const DEMO_BRUSHING_ORDERS = 4;

/**
 * Top-ups: every postback merchant with orders funds its balance with this many times what it owes, in whole
 * units of 100 (fen, yen) — except `DEMO_UNFUNDED_MERCHANT`, whose negative balance pauses its offers: its matured
 * commission stays `locked` (not payable) until it tops up.
 */
export const DEMO_TOP_UP_FACTOR = 1.5;
export const DEMO_UNFUNDED_MERCHANT = 'nambu-cast-iron';
