import { inArray, sql } from 'drizzle-orm';
import { inCategory, newId } from '@xuanpin/core';
import { clicks, linkDailyClicks, links } from '../schema';
import { chunked, runGrouped, type Statement } from './batch';
import { DAY_MS, HOUR_MS, idOf, type SeedContext } from './context';
import { DEMO_CREATORS, type DemoCreator } from './data/creators';
import { DEMO_BOT_SHARE, DEMO_CLICK_DAYS, DEMO_LINK_SETS, DEMO_REPEAT_SHARE, type DemoLinkSet } from './data/links';
import type { PlannedOffer } from './offers';
import { between, seeded, shuffled, token, type Random } from './random';
import type { PlannedRoster } from './rosters';

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';
/** The click consumer's dedupe window (workers/app services/clicks/record.ts), which the seed follows. */
const WINDOW_MS = HOUR_MS;

export interface PlannedClick {
  at: number;
  identity: string;
  bot: boolean;
  counted: boolean;
  referrer: string | null;
  country: string | null;
}

/** A click and a day of the rollup as they travel in the JSON parameter (short keys: thousands of rows). */
interface ClickRow { id: string; l: string; at: number; w: number; i: string; r: string | null; c: string | null; b: number; n: number }
interface DayRow { l: string; d: number; n: number; b: number; u: number }

export interface PlannedLink {
  set: DemoLinkSet;
  creator: DemoCreator;
  offer: PlannedOffer;
  /** Deterministic, so the README may quote a demo link. */
  code: string;
  subId: string;
  destination: 'merchant' | 'hosted';
  createdAt: number;
  clicks: PlannedClick[];
}

/**
 * The offers open to a creator now — the Worker's rule (services/offers/visible.ts) on the planned data, as the
 * samples step applies it: approved, activity open and in its period, product active; on the provider's roster
 * (open and exclusive plans) or named (targeted ones). Answers when each became visible to the creator.
 */
function openOffers(now: number, offers: readonly PlannedOffer[], rosters: readonly PlannedRoster[], creator: string) {
  const joinedAt = (provider: string) => rosters.find((r) => r.provider === provider && r.creator === creator && r.status === 'active')?.respondedAt ?? null;
  return offers.flatMap((o) => {
    const a = o.activity;
    if (o.status !== 'approved' || a.status !== 'open' || a.startsAt > now || now >= a.endsAt || o.product.status !== 'active') return [];
    const since = a.planType === 'targeted' ? (a.targets!.includes(creator) ? a.startsAt : null) : joinedAt(a.provider);
    return since === null ? [] : [{ offer: o, since: Math.max(since, o.decidedAt ?? a.startsAt, a.startsAt) }];
  });
}

/** Where visitors come from: the creator's platforms. */
const REFERRERS: Record<string, string> = {
  xiaohongshu: 'https://www.xiaohongshu.com/',
  douyin: 'https://www.douyin.com/',
  instagram: 'https://www.instagram.com/',
  youtube: 'https://www.youtube.com/',
  tiktok: 'https://www.tiktok.com/',
  bilibili: 'https://www.bilibili.com/',
};

/**
 * A link's visits, day by day from its creation to `now`: a number of people per day (weekends ×1.5, live days ×3),
 * each at a random time; some are bots, some come back 5–50 minutes later. Counted as the consumer counts: bots
 * never, otherwise the first visit of an identity in each hour window.
 */
function planClicks(random: Random, now: number, link: Omit<PlannedLink, 'clicks'>, until: number): PlannedClick[] {
  const out: PlannedClick[] = [];
  const end = Math.min(now, until);
  const platforms = link.creator.handles.map(([p]) => p);
  const country = link.creator.locale === 'ja' ? 'JP' : 'CN';
  for (let day = Math.floor(link.createdAt / DAY_MS) * DAY_MS; day < end; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay();
    const factor = (link.set.liveDays?.includes(weekday) ? 3 : 1) * (weekday === 0 || weekday === 6 ? 1.5 : 1);
    const people = Math.round(between(random, link.set.visitors[0], link.set.visitors[1]) * factor);
    for (let i = 0; i < people; i++) {
      const at = day + Math.floor(random() * DAY_MS);
      if (at < link.createdAt || at >= end) continue;
      const bot = random() < DEMO_BOT_SHARE;
      const visit = {
        identity: token(random, 64, HEX),
        bot,
        referrer: bot ? null : random() < 0.8 ? REFERRERS[platforms[between(random, 0, platforms.length - 1)]] ?? null : null,
        country: bot ? 'US' : random() < 0.9 ? country : country === 'CN' ? 'JP' : 'CN',
      };
      out.push({ ...visit, at, counted: false });
      const again = at + between(random, 5, 50) * 60_000;
      if (!bot && random() < DEMO_REPEAT_SHARE && again < end) out.push({ ...visit, at: again, counted: false });
    }
  }
  out.sort((x, y) => x.at - y.at);
  const seen = new Set<string>();
  for (const c of out) {
    const key = `${c.identity}/${Math.floor(c.at / WINDOW_MS)}`;
    c.counted = !c.bot && !seen.has(key);
    if (!c.bot) seen.add(key);
  }
  return out;
}

export function planLinks(now: number, offers: readonly PlannedOffer[], rosters: readonly PlannedRoster[]): PlannedLink[] {
  const creators = new Map(DEMO_CREATORS.map((c) => [c.slug, c]));
  return DEMO_LINK_SETS.flatMap((set, index) => {
    const creator = creators.get(set.creator);
    if (!creator) throw new Error(`demo seed: link set ${index}: no creator ${set.creator}`);
    const fit = (o: PlannedOffer) => (creator.categories.some((c) => inCategory(o.product.category, c)) ? 1 : 0);
    const open = shuffled(seeded(`links/${set.creator}/${index}`), openOffers(now, offers, rosters, creator.slug)).sort((x, y) => fit(y.offer) - fit(x.offer));
    if (open.length < set.offers) throw new Error(`demo seed: ${set.creator} has ${open.length} open offers, the link set wants ${set.offers}`);
    return open.slice(0, set.offers).map(({ offer, since }) => {
      const subId = set.subId ?? '';
      const random = seeded(`link/${set.creator}/${offer.key}/${subId}`);
      // Made within the last three weeks, once the offer was open to the creator.
      const createdAt = Math.max(since + between(random, 1, 48) * HOUR_MS, now - DEMO_CLICK_DAYS * DAY_MS + between(random, 0, 36) * HOUR_MS);
      const link = { set, creator, offer, code: token(random, 10, B62), subId, destination: set.destination ?? ('merchant' as const), createdAt };
      return { ...link, clicks: planClicks(random, now, link, offer.activity.endsAt) };
    });
  });
}

/**
 * Inserts the demo links with their clicks and daily rollup, one group (atomic) per creator: its links, then its
 * clicks and rollup rows, hundreds per statement as one JSON parameter. A creator that already has any link is left as it is: the plan
 * depends on `now`, so a later run must not add a second set beside the first.
 */
export async function seedLinks(ctx: SeedContext, offers: readonly PlannedOffer[], rosters: readonly PlannedRoster[]): Promise<PlannedLink[]> {
  const plan = planLinks(ctx.now, offers, rosters);
  const done = new Set<string>();
  for (const part of chunked([...new Set(plan.map((l) => idOf(ctx.orgIds, l.creator.slug)))])) {
    const rows = await ctx.db.selectDistinct({ creatorOrgId: links.creatorOrgId }).from(links).where(inArray(links.creatorOrgId, part));
    for (const r of rows) done.add(r.creatorOrgId);
  }
  const groups = new Map<string, { statements: Statement[]; clicks: ClickRow[]; days: DayRow[] }>();
  for (const l of plan) {
    const creatorOrgId = idOf(ctx.orgIds, l.creator.slug);
    if (done.has(creatorOrgId)) continue;
    const group = groups.get(creatorOrgId) ?? { statements: [], clicks: [], days: [] };
    groups.set(creatorOrgId, group);
    const id = newId('link', l.createdAt);
    group.statements.push(
      ctx.db.insert(links).values({
        id,
        code: l.code,
        creatorOrgId,
        enrollmentId: idOf(ctx.enrollmentIds, l.offer.key),
        activityId: idOf(ctx.activityIds, l.offer.activity.key),
        productId: idOf(ctx.productIds, l.offer.product.code),
        providerOrgId: idOf(ctx.orgIds, l.offer.activity.provider),
        merchantOrgId: idOf(ctx.orgIds, l.offer.product.merchant),
        subId: l.subId,
        destination: l.destination,
        status: 'active',
        createdAt: l.createdAt,
        updatedAt: l.createdAt,
      }),
    );
    const days = new Map<number, DayRow>();
    for (const c of l.clicks) {
      group.clicks.push({ id: newId('click', c.at), l: id, at: c.at, w: Math.floor(c.at / WINDOW_MS), i: c.identity, r: c.referrer, c: c.country, b: c.bot ? 1 : 0, n: c.counted ? 1 : 0 });
      const day = Math.floor(c.at / DAY_MS) * DAY_MS;
      const d = days.get(day) ?? { l: id, d: day, n: 0, b: 0, u: 0 };
      days.set(day, d);
      if (c.bot) d.b++;
      else if (c.counted) d.n++;
      else d.u++;
    }
    group.days.push(...days.values());
  }
  // Clicks and rollup rows carry their link id; the link's other owners are read from it in the statement.
  const v = (key: string) => sql.raw(`json_extract(j.value, '$.${key}')`);
  for (const g of groups.values()) {
    for (const part of chunked(g.clicks, 400)) {
      g.statements.push(
        ctx.db.insert(clicks).select(
          sql`SELECT ${v('id')}, l.id, l.creator_org_id, l.enrollment_id, l.provider_org_id, l.merchant_org_id, ${v('at')}, ${v('w')}, ${v('i')}, ${v('r')}, ${v('c')}, ${v('b')}, ${v('n')}, 'demo-seed'
            FROM json_each(${JSON.stringify(part)}) j CROSS JOIN links l ON l.id = ${v('l')}`,
        ),
      );
    }
    for (const part of chunked(g.days, 1000)) {
      g.statements.push(
        ctx.db.insert(linkDailyClicks).select(
          sql`SELECT l.id, ${v('d')}, l.creator_org_id, l.enrollment_id, l.provider_org_id, l.merchant_org_id, ${v('n')}, ${v('b')}, ${v('u')}
            FROM json_each(${JSON.stringify(part)}) j CROSS JOIN links l ON l.id = ${v('l')}`,
        ),
      );
    }
  }
  await runGrouped(ctx.db, [...groups.values()].map((g) => g.statements));
  return plan;
}
