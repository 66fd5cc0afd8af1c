import { sql } from 'drizzle-orm';
import { clicks, linkDailyClicks, type Database } from '@xuanpin/db';
import { sha256Hex } from '@xuanpin/core';
import { insertSelect, jsonTable } from '../skus/json-table';
import { isBot } from './bots';
import type { RawClick } from './message';

export const DEDUPE_WINDOW_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Clicks per INSERT statement (one JSON parameter each); a queue batch of 100 full messages is a few dozen. */
const CLICKS_PER_STATEMENT = 500;

/** A click ready to store: the raw IP and user agent replaced by the identity hash and the bot flag. */
export interface ClickRecord {
  id: string;
  linkId: string;
  creatorOrgId: string;
  offerId: string;
  providerOrgId: string;
  merchantOrgId: string;
  at: number;
  /** SHA-256 (hex) of IP and user agent. */
  identity: string;
  bot: boolean;
  referrer: string | null;
  country: string | null;
}

/** Hashes the identity and classifies the visitor: the only place the raw IP and user agent are read. */
export async function classifyClick(raw: RawClick): Promise<ClickRecord> {
  const { ip, userAgent, ...rest } = raw;
  return { ...rest, identity: await sha256Hex(`${ip}\n${userAgent ?? ''}`), bot: isBot(userAgent) };
}

/**
 * Writes one queue batch of clicks and their daily rollup in ONE `db.batch` (atomic): an INSERT and a rollup upsert
 * per 500 clicks, the rows travelling as one JSON parameter. Safe to run again on the same clicks — a retried
 * batch, a message delivered twice:
 *   - a click id already stored is left alone (`ON CONFLICT(id) DO NOTHING`);
 *   - the rollup adds only the rows this attempt inserted (tagged with its own `ingest` token), so nothing is
 *     counted twice.
 * Counting: bots never count. Otherwise a click counts when no counted click of the same identity on the same link
 * exists in its hour window (fixed windows, `floor(at / 1 h)`): earlier clicks in this batch are decided here, in
 * time order; clicks stored before are read by the statement itself. D1 runs writes one at a time, so two batches
 * cannot both count the same identity in the same window.
 */
export async function recordClicks(db: Database, messages: ClickRecord[]): Promise<void> {
  const byId = new Map(messages.map((m) => [m.id, m]));
  if (byId.size === 0) return;
  const ordered = [...byId.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const seen = new Set<string>();
  const rows = ordered.map((m) => {
    const window = Math.floor(m.at / DEDUPE_WINDOW_MS);
    const key = `${m.linkId}\n${m.identity}\n${window}`;
    const duplicate = !m.bot && seen.has(key);
    if (!m.bot) seen.add(key);
    return {
      id: m.id,
      linkId: m.linkId,
      creatorOrgId: m.creatorOrgId,
      offerId: m.offerId,
      providerOrgId: m.providerOrgId,
      merchantOrgId: m.merchantOrgId,
      at: m.at,
      window,
      identity: m.identity,
      referrer: m.referrer,
      country: m.country,
      bot: m.bot ? 1 : 0,
      duplicate: duplicate ? 1 : 0,
    };
  });
  const ingest = crypto.randomUUID();
  const statements = [];
  for (let i = 0; i < rows.length; i += CLICKS_PER_STATEMENT) statements.push(insertClicks(db, rows.slice(i, i + CLICKS_PER_STATEMENT), ingest));
  for (let i = 0; i < rows.length; i += CLICKS_PER_STATEMENT) statements.push(rollUp(db, rows.slice(i, i + CLICKS_PER_STATEMENT), ingest));
  await db.batch(statements as [(typeof statements)[number], ...(typeof statements)[number][]]);
}

/** A click as it travels in the JSON parameter, with its window and whether an earlier click of this batch took it. */
type Row = Omit<ClickRecord, 'bot'> & { window: number; bot: number; duplicate: number };

function insertClicks(db: Database, rows: Row[], ingest: string) {
  const j = jsonTable(rows, {
    id: 'id', link_id: 'linkId', creator_org_id: 'creatorOrgId', enrollment_id: 'offerId', provider_org_id: 'providerOrgId',
    merchant_org_id: 'merchantOrgId', clicked_at: 'at', dedupe_window: 'window', identity_hash: 'identity', referrer: 'referrer',
    country: 'country', bot: 'bot', duplicate: 'duplicate',
  });
  const countedBefore = sql`EXISTS (SELECT 1 FROM clicks c WHERE c.link_id = j.link_id AND c.identity_hash = j.identity_hash
    AND c.dedupe_window = j.dedupe_window AND c.counted = 1)`;
  return insertSelect(
    db,
    clicks,
    {
      id: sql`j.id`,
      linkId: sql`j.link_id`,
      creatorOrgId: sql`j.creator_org_id`,
      enrollmentId: sql`j.enrollment_id`,
      providerOrgId: sql`j.provider_org_id`,
      merchantOrgId: sql`j.merchant_org_id`,
      clickedAt: sql`j.clicked_at`,
      dedupeWindow: sql`j.dedupe_window`,
      identityHash: sql`j.identity_hash`,
      referrer: sql`j.referrer`,
      country: sql`j.country`,
      bot: sql`j.bot`,
      counted: sql`CASE WHEN j.bot = 1 OR j.duplicate = 1 OR ${countedBefore} THEN 0 ELSE 1 END`,
      ingest,
    },
    sql`${j} AS j`,
    // Also keeps SQLite from reading ON CONFLICT as a join constraint.
    sql`true`,
  ).onConflictDoNothing({ target: clicks.id });
}

/** Adds to the daily rollup the rows of `rows` that this attempt (`ingest`) inserted: none on a replay. */
function rollUp(db: Database, rows: Row[], ingest: string) {
  const ids = JSON.stringify(rows.map((r) => r.id));
  // A literal, not a parameter: D1 binds JS numbers as REAL, which would turn this into float division.
  const day = sql.raw(`(c.clicked_at / ${DAY_MS}) * ${DAY_MS}`);
  return insertSelect(
    db,
    linkDailyClicks,
    {
      linkId: sql`c.link_id`,
      day,
      creatorOrgId: sql`c.creator_org_id`,
      enrollmentId: sql`c.enrollment_id`,
      providerOrgId: sql`c.provider_org_id`,
      merchantOrgId: sql`c.merchant_org_id`,
      counted: sql`sum(c.counted)`,
      bot: sql`sum(c.bot)`,
      duplicate: sql`sum(c.bot = 0 AND c.counted = 0)`,
    },
    sql`clicks c`,
    sql`c.id IN (SELECT value FROM json_each(${ids})) AND c.ingest = ${ingest} GROUP BY c.link_id, ${day}`,
  ).onConflictDoUpdate({
    target: [linkDailyClicks.linkId, linkDailyClicks.day],
    set: {
      counted: sql`${linkDailyClicks.counted} + excluded.counted`,
      bot: sql`${linkDailyClicks.bot} + excluded.bot`,
      duplicate: sql`${linkDailyClicks.duplicate} + excluded.duplicate`,
    },
  });
}
