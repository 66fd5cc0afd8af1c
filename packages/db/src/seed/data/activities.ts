import type { PlanType } from '@xuanpin/core';
import type { ActivityStatus, Visibility } from '../../schema';
import type { ProviderSlug } from './creators';

/**
 * The providers' activities (团长活动): each provider runs one of every plan type, and Sakura Selection has one it
 * closed early. Days are relative to the seed's clock (negative: in the past), so every open activity's promotion
 * period covers "now" whenever the demo is loaded. `offers` is how many products take part (offers.ts picks them).
 */
export interface DemoActivity {
  provider: ProviderSlug;
  name: string;
  description: string;
  categories: string[];
  planType: PlanType;
  minCreatorRateBps: number;
  serviceFeeBps: number;
  startDay: number;
  endDay: number;
  /** Exclusive plans only. */
  exclusiveUntilDay?: number;
  contentDueDays?: number;
  attributionWindowDays?: number;
  visibility: Visibility;
  status: Exclude<ActivityStatus, 'draft'>;
  /** Targeted plans: the creators (by slug) the offers are open to. */
  targets?: string[];
  offers: number;
}

export const DEMO_ACTIVITIES: readonly DemoActivity[] = [
  {
    provider: 'sakura-selection',
    name: '日系餐具与厨房 · 常驻选品池',
    description: '面向小红书家居、餐桌类达人的常驻选品池。要求提供免费或可退样品，发布笔记需带商品链接。',
    categories: ['kitchen', 'home'],
    planType: 'open',
    minCreatorRateBps: 1_500,
    serviceFeeBps: 800,
    startDay: -90,
    endDay: 90,
    visibility: 'public',
    status: 'open',
    offers: 14,
  },
  {
    provider: 'sakura-selection',
    name: '敏感肌护肤 · 达人定向招募',
    description: '仅向指定的五位护肤达人开放，佣金上浮。适合修护、保湿类新品冷启动。',
    categories: ['skincare', 'beauty'],
    planType: 'targeted',
    minCreatorRateBps: 3_000,
    serviceFeeBps: 1_000,
    startDay: -50,
    endDay: 40,
    visibility: 'public',
    status: 'open',
    targets: ['xiaolu-skincare', 'meimei-beauty', 'yiyi-beauty-lab', 'xiaoman-skin', 'mika-japan-finds'],
    offers: 8,
  },
  {
    provider: 'sakura-selection',
    name: '有田·波佐见·美浓 器物独家首发',
    description: '三大产地器物新品独家首发，独家期内仅在本团长渠道推广。内容发布期限 21 天。',
    categories: ['kitchen.tableware', 'kitchen.drinkware'],
    planType: 'exclusive',
    minCreatorRateBps: 2_000,
    serviceFeeBps: 1_200,
    startDay: -40,
    endDay: 80,
    exclusiveUntilDay: 20,
    contentDueDays: 21,
    visibility: 'invite_only',
    status: 'open',
    offers: 7,
  },
  {
    provider: 'sakura-selection',
    name: '年末日本好物节（已提前结束）',
    description: '报名额满，团长已提前结束招募与推广；历史数据保留以便对账。',
    categories: ['beauty', 'skincare', 'food.snacks'],
    planType: 'open',
    minCreatorRateBps: 1_500,
    serviceFeeBps: 1_000,
    startDay: -100,
    endDay: 5,
    visibility: 'public',
    status: 'closed',
    offers: 6,
  },
  {
    provider: 'shanghai-select-partners',
    name: '618 美妆个护选品会',
    description: '618 大促美妆、护肤、个护专场，抖音直播与小红书笔记同步推广。',
    categories: ['beauty', 'skincare', 'health.personal'],
    planType: 'open',
    minCreatorRateBps: 2_000,
    serviceFeeBps: 1_000,
    startDay: -75,
    endDay: 45,
    visibility: 'public',
    status: 'open',
    offers: 12,
  },
  {
    provider: 'shanghai-select-partners',
    name: '厨房刀具 · 专业达人定向',
    description: '刀具与锅具需要懂行的人来讲：只开放给五位厨师、刀具类达人。',
    categories: ['kitchen.knives', 'kitchen.cookware'],
    planType: 'targeted',
    minCreatorRateBps: 2_500,
    serviceFeeBps: 1_000,
    startDay: -45,
    endDay: 60,
    visibility: 'public',
    status: 'open',
    targets: ['ajie-kitchen', 'chef-laowang', 'daniel-kitchen', 'shu-knife-notes', 'kaito-knives'],
    offers: 8,
  },
  {
    provider: 'shanghai-select-partners',
    name: '茶与点心 · 独家首发季',
    description: '日本茶、茶器与点心的独家首发，独家期 90 天。',
    categories: ['food', 'kitchen.drinkware'],
    planType: 'exclusive',
    minCreatorRateBps: 1_800,
    serviceFeeBps: 1_200,
    startDay: -60,
    endDay: 90,
    exclusiveUntilDay: 30,
    visibility: 'public',
    status: 'open',
    offers: 6,
  },
  {
    provider: 'tokyo-trend-agency',
    name: 'Japan Daily Goods Open Pool 日本生活道具',
    description: 'Everyday goods made in Japan for lifestyle creators in Japan and China. 日本制造的生活道具。',
    categories: ['home', 'kitchen', 'bags'],
    planType: 'open',
    minCreatorRateBps: 1_500,
    serviceFeeBps: 700,
    startDay: -80,
    endDay: 60,
    attributionWindowDays: 14,
    visibility: 'public',
    status: 'open',
    offers: 12,
  },
  {
    provider: 'tokyo-trend-agency',
    name: 'J-Beauty Top KOL Program',
    description: 'Invitation-only beauty launches for five top creators, with raised commissions.',
    categories: ['beauty', 'skincare'],
    planType: 'targeted',
    minCreatorRateBps: 4_000,
    serviceFeeBps: 1_500,
    startDay: -60,
    endDay: 30,
    visibility: 'invite_only',
    status: 'open',
    targets: ['yuna-beauty-diary', 'akiko-tokyo-style', 'misaki-beauty', 'nini-japan-buyer', 'sister-fang-live'],
    offers: 6,
  },
  {
    provider: 'tokyo-trend-agency',
    name: 'Seki & Sakai Knife Exclusive 关·堺刀具独家',
    description: 'Knives from Seki and Sakai, exclusive to Tokyo Trend Agency for 80 days.',
    categories: ['kitchen.knives'],
    planType: 'exclusive',
    minCreatorRateBps: 2_000,
    serviceFeeBps: 1_000,
    startDay: -35,
    endDay: 75,
    exclusiveUntilDay: 45,
    visibility: 'public',
    status: 'open',
    offers: 4,
  },
];

/** An activity's key in the seed's maps (names are unique per provider, not across providers). */
export const activityKey = (a: Pick<DemoActivity, 'provider' | 'name'>) => `${a.provider}/${a.name}`;
