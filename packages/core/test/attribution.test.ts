import { describe, expect, it } from 'vitest';
import { attribute, brushingWindowMs, DAY_MS, holdFor, HOLD_REASONS, type AttributionInput, type ClickFacts, type FraudFacts, type FraudRuleConfig } from '../src';

const PLACED = 1_780_000_000_000;
const click: ClickFacts = {
  clickedAt: PLACED - 3_600_000,
  merchantOrgId: 'org_m',
  productId: 'prd_1',
  bot: false,
  enrollmentStatus: 'approved',
  activityStatus: 'open',
  activityStartsAt: PLACED - 10 * DAY_MS,
  activityEndsAt: PLACED + 10 * DAY_MS,
  attributionWindowDays: 7,
};
const base: AttributionInput = { merchantOrgId: 'org_m', placedAt: PLACED, clickId: 'clk_1', click, productIds: ['prd_1'] };
const withClick = (c: Partial<ClickFacts>): Partial<AttributionInput> => ({ click: { ...click, ...c } });

describe('attribute: the reason table', () => {
  it.each<[string, Partial<AttributionInput>, string]>([
    ['a click of the order, in window, live offer', {}, 'attributed'],
    ['one of several products is the offer’s', { productIds: ['prd_0', 'prd_1'] }, 'attributed'],
    ['no click id', { clickId: null }, 'no_click_id'],
    ['an empty click id', { clickId: '' }, 'no_click_id'],
    ['an unknown click', { click: null }, 'click_not_found'],
    ['another merchant’s click', withClick({ merchantOrgId: 'org_other' }), 'click_not_found'],
    ['a click after the order', withClick({ clickedAt: PLACED + 1 }), 'click_after_order'],
    ['a click at the very time of the order', withClick({ clickedAt: PLACED }), 'attributed'],
    ['a click exactly at the window’s end', withClick({ clickedAt: PLACED - 7 * DAY_MS }), 'attributed'],
    ['a click one ms past the window', withClick({ clickedAt: PLACED - 7 * DAY_MS - 1 }), 'click_expired'],
    ['a zero-day window', withClick({ attributionWindowDays: 0 }), 'click_expired'],
    ['an offer still applied', withClick({ enrollmentStatus: 'applied' }), 'offer_not_active'],
    ['a rejected offer', withClick({ enrollmentStatus: 'rejected' }), 'offer_not_active'],
    ['an offer ended since the click', withClick({ enrollmentStatus: 'ended' }), 'attributed'],
    ['a draft activity', withClick({ activityStatus: 'draft' }), 'offer_not_active'],
    ['a click before the period', withClick({ activityStartsAt: click.clickedAt + 1 }), 'offer_not_active'],
    ['a click at the period’s end (exclusive)', withClick({ activityEndsAt: click.clickedAt }), 'offer_not_active'],
    ['a closed activity, click inside its period', withClick({ activityStatus: 'closed' }), 'attributed'],
    ['none of the order’s products is the offer’s', { productIds: ['prd_2'] }, 'product_not_in_offer'],
    // The checks run in a fixed order: the first failing one is the reason.
    ['expired and for another product', { ...withClick({ clickedAt: PLACED - 8 * DAY_MS }), productIds: ['prd_2'] }, 'click_expired'],
    ['another merchant and after the order', withClick({ merchantOrgId: 'org_x', clickedAt: PLACED + 5 }), 'click_not_found'],
  ])('%s → %s', (_, change, reason) => {
    const out = attribute({ ...base, ...change });
    expect(out.reason).toBe(reason);
    expect(out.outcome).toBe(reason === 'attributed' ? 'attributed' : 'unattributed');
  });
});

describe('holdFor: the fraud rules', () => {
  const rule = (kind: FraudRuleConfig['kind'], enabled = true, threshold: number | null = null, windowMinutes: number | null = null): FraudRuleConfig => ({ kind, enabled, threshold, windowMinutes });
  const all = [rule('self_purchase'), rule('bot_click'), rule('brushing', true, 3, 60)];
  const clean: FraudFacts = { buyerIsCreator: false, recentOrdersFromBuyer: 0, botClick: false };

  it.each<[string, Partial<FraudFacts>, FraudRuleConfig[], string | null]>([
    ['a clean order', {}, all, null],
    ['the creator buying', { buyerIsCreator: true }, all, 'self_purchase'],
    ['a bot click', { botClick: true }, all, 'bot_click'],
    ['below the brushing threshold', { recentOrdersFromBuyer: 2 }, all, null],
    ['at the brushing threshold', { recentOrdersFromBuyer: 3 }, all, 'brushing'],
    ['every rule broken: self-purchase first', { buyerIsCreator: true, botClick: true, recentOrdersFromBuyer: 9 }, all, 'self_purchase'],
    ['bot and brushing: bot first', { botClick: true, recentOrdersFromBuyer: 9 }, all, 'bot_click'],
    ['self-purchase rule off', { buyerIsCreator: true }, [rule('self_purchase', false), rule('bot_click')], null],
    ['bot rule off', { botClick: true }, [rule('bot_click', false)], null],
    ['no rules at all', { buyerIsCreator: true, botClick: true, recentOrdersFromBuyer: 99 }, [], null],
    ['brushing without threshold defaults to 3', { recentOrdersFromBuyer: 3 }, [rule('brushing')], 'brushing'],
    ['brushing default threshold not reached', { recentOrdersFromBuyer: 2 }, [rule('brushing')], null],
    ['brushing threshold 1', { recentOrdersFromBuyer: 1 }, [rule('brushing', true, 1)], 'brushing'],
    ['brushing off', { recentOrdersFromBuyer: 50 }, [rule('brushing', false, 1)], null],
  ])('%s → %s', (_, facts, rules, reason) => {
    expect(holdFor({ ...clean, ...facts }, rules)).toBe(reason);
  });

  it('every reason it gives is a known hold reason', () => {
    for (const r of HOLD_REASONS) expect(typeof r).toBe('string');
    expect(HOLD_REASONS).toEqual(['self_purchase', 'brushing', 'bot_click']);
  });

  it('brushing looks back its window (default a day), not at all when off', () => {
    expect(brushingWindowMs([rule('brushing', true, 3, 60)])).toBe(3_600_000);
    expect(brushingWindowMs([rule('brushing', true, 3, null)])).toBe(1440 * 60_000);
    expect(brushingWindowMs([rule('brushing', false, 3, 60)])).toBe(0);
    expect(brushingWindowMs([])).toBe(0);
  });
});
