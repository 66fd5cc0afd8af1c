/**
 * Fraud holds as data-driven rules (the platform tunes them in `fraud_rules`). A held order's commission lines stay
 * pending, never lock and never become payable, until the platform releases them with an audited reason.
 * Pure: the caller gathers the facts.
 */
export const HOLD_REASONS = ['self_purchase', 'brushing', 'bot_click'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export interface FraudRuleConfig {
  kind: HoldReason;
  enabled: boolean;
  threshold: number | null;
  windowMinutes: number | null;
}

export interface FraudFacts {
  /** The buyer's identity hash matches one of the creator's own (a member's e-mail). */
  buyerIsCreator: boolean;
  /** Orders already recorded from this buyer for this creator within the brushing window (not counting this one). */
  recentOrdersFromBuyer: number;
  /** The attributed click was flagged as a bot. */
  botClick: boolean;
}

/** The first enabled rule the order breaks, in a fixed order (self-purchase, bot click, brushing), or null. */
export function holdFor(facts: FraudFacts, rules: readonly FraudRuleConfig[]): HoldReason | null {
  const on = (kind: HoldReason) => rules.find((r) => r.kind === kind && r.enabled);
  if (on('self_purchase') && facts.buyerIsCreator) return 'self_purchase';
  if (on('bot_click') && facts.botClick) return 'bot_click';
  const brushing = on('brushing');
  if (brushing && facts.recentOrdersFromBuyer >= (brushing.threshold ?? 3)) return 'brushing';
  return null;
}

/** How far back the brushing rule looks, in ms (0 when it is off). */
export function brushingWindowMs(rules: readonly FraudRuleConfig[]): number {
  const r = rules.find((x) => x.kind === 'brushing' && x.enabled);
  return r ? (r.windowMinutes ?? 1440) * 60_000 : 0;
}
