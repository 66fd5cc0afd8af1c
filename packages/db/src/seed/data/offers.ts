/**
 * The offers (enrollments) that are not plain approvals, named so that the README and the tests can point at
 * them. Every other offer the planner picks is approved with one version of its terms. The closed activity's
 * offers all ended with it.
 */
export type OfferCase =
  | { kind: 'approved' }
  | { kind: 'applied' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'withdrawn' }
  /** Version 2 lowers the creator rate by `deltaBps`: a cut takes effect at the next UTC midnight. */
  | { kind: 'rate-cut'; deltaBps: number }
  /** Version 2 raises the creator rate by `deltaBps`: in force since three days ago. */
  | { kind: 'rate-raise'; deltaBps: number };

export interface DemoOfferCase {
  /** Index into DEMO_ACTIVITIES' keys: `<provider slug>/<activity name>`. */
  activity: string;
  product: string;
  case: OfferCase;
}

const SAKURA_POOL = 'sakura-selection/日系餐具与厨房 · 常驻选品池';
const SAKURA_SKIN = 'sakura-selection/敏感肌护肤 · 达人定向招募';
const SAKURA_EXCLUSIVE = 'sakura-selection/有田·波佐见·美浓 器物独家首发';
const SHANGHAI_618 = 'shanghai-select-partners/618 美妆个护选品会';
const TOKYO_POOL = 'tokyo-trend-agency/Japan Daily Goods Open Pool 日本生活道具';

export const DEMO_OFFER_CASES: readonly DemoOfferCase[] = [
  // The demo merchant's products in the demo provider's activities (the README logins see these).
  { activity: SAKURA_EXCLUSIVE, product: 'ARITA-PLATE', case: { kind: 'approved' } },
  { activity: SAKURA_EXCLUSIVE, product: 'ARITA-CUP', case: { kind: 'applied' } },
  { activity: SAKURA_POOL, product: 'MINO-MUG', case: { kind: 'rate-cut', deltaBps: 500 } },
  // Waiting for the providers' review.
  { activity: SAKURA_POOL, product: 'DNT-BOTTLE', case: { kind: 'applied' } },
  { activity: SAKURA_POOL, product: 'HNK-BOARD', case: { kind: 'applied' } },
  { activity: SAKURA_SKIN, product: 'YZB-OIL', case: { kind: 'applied' } },
  { activity: SHANGHAI_618, product: 'TSB-OIL', case: { kind: 'applied' } },
  { activity: TOKYO_POOL, product: 'IMB-BATH', case: { kind: 'applied' } },
  // Declined, with the provider's reason.
  { activity: SAKURA_POOL, product: 'SETO-VASE', case: { kind: 'rejected', reason: '本池要求提供免费或可退样品，该商品暂不寄样，欢迎调整样品政策后再报名。' } },
  { activity: SHANGHAI_618, product: 'HSN-PALETTE', case: { kind: 'rejected', reason: '本场直播以人民币结算，请提供人民币定价的 SKU 后重新报名。' } },
  // Withdrawn by the merchant before the review.
  { activity: TOKYO_POOL, product: 'KRS-BROOM', case: { kind: 'withdrawn' } },
  // A raise already in force.
  { activity: SHANGHAI_618, product: 'OSL-SPF', case: { kind: 'rate-raise', deltaBps: 500 } },
];
