/**
 * One seed's world: a fresh libSQL `:memory:` database with the real migrations, and the parties the orders need —
 * the platform, two merchants (each with two products: one on offer, one not), two creators (members with e-mails,
 * for the self-purchase rule), two providers (one of them a second-level provider on some activities), offers with
 * seeded rates (sometimes a second rate version that takes effect during the run), links of every creator to every
 * offer, and a few clicks. Everything is written with the test factories or plain inserts, at times derived from
 * the seed's clock, so that a seed builds the same world every time (ids aside).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { newId, DAY_MS, MAX_COMBINED_BPS } from '@xuanpin/core';
import { libsqlDatabase, links, PLATFORM_ORGANIZATION, type Database } from '@xuanpin/db';
import { createOrg, createTenant } from '@xuanpin/db/test/factories';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { insertActivity, insertEnrollment } from '@xuanpin/db/test/marketplace-factories';
import { createClick } from '@xuanpin/db/test/order-factories';
import type { Random } from './random';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../migrations');
let migrationSql: string | undefined;
const migrations = () =>
  (migrationSql ??= readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .flatMap((f) => readFileSync(path.join(MIGRATIONS, f), 'utf8').split('--> statement-breakpoint'))
    .map((s) => s.trim())
    .filter(Boolean)
    .join(';\n'));

/**
 * The platform organization keeps one id in every seed's database: the pipeline caches the platform's id for the
 * life of the process (services/orders/facts.ts), as a Worker isolate does for its one database.
 */
/** The platform organization the migrations insert. */
export const PLATFORM_ID = PLATFORM_ORGANIZATION.id;
export const CURRENCY = 'CNY';
export const HOUR_MS = 3_600_000;

export type SimDb = Database & { $libsql: ReturnType<typeof libsqlDatabase>['$libsql'] };

export interface SkuW {
  id: string;
  code: string;
  productId: string;
  price: number;
  stock: number;
}

export interface TermsW {
  version: number;
  creatorRateBps: number;
  serviceFeeBps: number;
  effectiveAt: number;
}

export interface OfferW {
  enrollmentId: string;
  activityId: string;
  merchantOrgId: string;
  productId: string;
  providerOrgId: string;
  enrollmentStatus: 'approved' | 'applied';
  startsAt: number;
  endsAt: number;
  attributionWindowDays: number;
  returnWindowDays: number;
  delegateOrgId: string | null;
  delegateShareBps: number;
  terms: TermsW[];
}

export interface LinkW {
  id: string;
  creatorOrgId: string;
  offer: OfferW;
}

export interface ClickW {
  id: string;
  link: LinkW;
  at: number;
  bot: boolean;
}

export interface World {
  db: SimDb;
  t0: number;
  merchants: { orgId: string; skus: SkuW[] }[];
  creators: { orgId: string; email: string }[];
  providers: string[];
  offers: OfferW[];
  links: LinkW[];
  clicks: ClickW[];
  /** Platform fee versions as the pipeline reads them (migration 0005 writes version 1: 10 %). */
  fees: { version: number; feeBps: number; effectiveAt: number }[];
}

export async function openDatabase(): Promise<SimDb> {
  const db = libsqlDatabase(':memory:');
  // libSQL keeps `:memory:` on one connection; foreign keys on, as D1 enforces them.
  await db.$libsql.executeMultiple(`PRAGMA foreign_keys = ON;\n${migrations()}`);
  return db as unknown as SimDb;
}

/** Rates within DESIGN.md's bounds (open plans: creator ≤ 50 %, fee ≤ 40 %, together ≤ 90 %). */
function rates(r: Random) {
  const creatorRateBps = r.pick([0, 1, 500, 1_550, 2_000, 3_333, 5_000, r.int(0, 5_000)]);
  const serviceFeeBps = Math.min(r.pick([0, 1, 300, 500, 1_234, 4_000, r.int(0, 4_000)]), MAX_COMBINED_BPS - creatorRateBps);
  return { creatorRateBps, serviceFeeBps };
}

export async function buildWorld(r: Random, t0: number): Promise<World> {
  const db = await openDatabase();
  const creators = [];
  for (let i = 0; i < 2; i++) {
    const t = await createTenant(db, 'creator');
    creators.push({ orgId: t.org.id, email: t.user.email });
  }
  const providers = [(await createOrg(db, { kind: 'provider', now: t0 })).id, (await createOrg(db, { kind: 'provider', now: t0 })).id];
  const merchants: World['merchants'] = [];
  const offers: OfferW[] = [];
  for (let m = 0; m < 2; m++) {
    const orgId = (await createOrg(db, { kind: 'merchant', now: t0 })).id;
    const skus: SkuW[] = [];
    const products: string[] = [];
    for (let p = 0; p < 2; p++) {
      const prices = [r.pick([1, 99, 12_800, r.int(1, 500_000)]), r.int(100, 100_000)];
      const made = await createProduct(db, orgId, { now: t0, skus: prices.map((price) => ({ price, currency: CURRENCY, stock: r.int(0, 30) })) });
      products.push(made.product.id);
      for (const s of made.skus) skus.push({ id: s.id, code: s.code, productId: s.productId, price: s.price, stock: s.stock });
    }
    merchants.push({ orgId, skus });
    // Product 0 is on an approved offer; product 1 on an offer still applied for (clicks on it attribute nothing).
    for (const [p, status] of [[0, 'approved'], [1, 'applied']] as const) {
      const provider = providers[0];
      const startsAt = t0 - r.int(1, 20) * DAY_MS;
      const activity = await insertActivity(db, provider, { startsAt, endsAt: t0 + r.int(5, 60) * DAY_MS, name: `Sim ${m}/${p}` });
      const attributionWindowDays = r.int(0, 10);
      const returnWindowDays = r.int(0, 14);
      const delegate = r.chance(0.5) ? { org: providers[1], share: r.pick([1, 2_500, 5_000, 10_000, r.int(0, 10_000)]) } : null;
      await db.$libsql.execute({
        sql: 'update activities set attribution_window_days = ?, return_window_days = ?, delegate_org_id = ?, delegate_share_bps = ? where id = ?',
        args: [attributionWindowDays, returnWindowDays, delegate?.org ?? null, delegate?.share ?? 0, activity.id],
      });
      const terms: TermsW[] = [{ version: 1, ...rates(r), effectiveAt: startsAt }];
      // A rate change that takes effect during the run: orders placed before keep the old terms.
      if (r.chance(0.5)) terms.push({ version: 2, ...rates(r), effectiveAt: t0 + r.int(0, 72) * HOUR_MS });
      const enrollment = await insertEnrollment(db, activity, { id: products[p], orgId }, { status, terms });
      offers.push({
        enrollmentId: enrollment.id,
        activityId: activity.id,
        merchantOrgId: orgId,
        productId: products[p],
        providerOrgId: provider,
        enrollmentStatus: status,
        startsAt,
        endsAt: activity.endsAt,
        attributionWindowDays,
        returnWindowDays,
        delegateOrgId: delegate?.org ?? null,
        delegateShareBps: delegate?.share ?? 0,
        terms,
      });
    }
  }
  const linkRows: LinkW[] = [];
  for (const c of creators) {
    for (const o of offers) {
      const id = newId('link', t0);
      await db.insert(links).values({
        id,
        code: `sim${linkRows.length}${id.slice(-6)}`,
        creatorOrgId: c.orgId,
        enrollmentId: o.enrollmentId,
        activityId: o.activityId,
        productId: o.productId,
        providerOrgId: o.providerOrgId,
        merchantOrgId: o.merchantOrgId,
        subId: '',
        destination: 'merchant',
        status: 'active',
        createdAt: t0 - DAY_MS,
        updatedAt: t0 - DAY_MS,
      });
      linkRows.push({ id, creatorOrgId: c.orgId, offer: o });
    }
  }
  const world: World = { db, t0, merchants, creators, providers, offers, links: linkRows, clicks: [], fees: [{ version: 1, feeBps: 1_000, effectiveAt: 0 }] };
  for (let i = 0; i < 6; i++) await addClick(world, r, t0 - r.int(0, 48) * HOUR_MS);
  return world;
}

/** A click on a random link at `at` (sometimes a bot's), as the click consumer stores it. */
export async function addClick(w: World, r: Random, at: number): Promise<ClickW> {
  // Most on live offers, so that many orders attribute; some on the offer still applied for.
  const live = w.links.filter((l) => l.offer.enrollmentStatus === 'approved');
  const link = r.chance(0.8) ? r.pick(live) : r.pick(w.links);
  const bot = r.chance(0.1);
  const row = await createClick(w.db, { id: link.id, creatorOrgId: link.creatorOrgId, enrollmentId: link.offer.enrollmentId, providerOrgId: link.offer.providerOrgId, merchantOrgId: link.offer.merchantOrgId }, { at, bot });
  const click = { id: row.id, link, at, bot };
  w.clicks.push(click);
  return click;
}
