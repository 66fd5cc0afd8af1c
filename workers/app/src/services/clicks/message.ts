import type { LinkFacts } from '../redirect/cache';

/**
 * The queue message that carries clicks from the redirect to the consumer: many clicks per message (one message
 * per click would cost the queue more than the redirect itself), as compact tuples, the links' owners once per link.
 * It holds the raw IP and user agent — the consumer hashes them into the identity and classifies bots, off the hot
 * path — and nothing else keeps them: the stored click has only the hash.
 */
export const CLICKS_MESSAGE = 'clicks';

/** [link id, creator org, offer (enrollment), provider org, merchant org] */
type LinkTuple = [string, string, string, string, string];
/** [click id, index into `links`, at (ms), ip, user agent, referrer, country] */
type ClickTuple = [string, number, number, string, string | null, string | null, string | null];

export interface ClicksMessage {
  type: typeof CLICKS_MESSAGE;
  links: LinkTuple[];
  clicks: ClickTuple[];
}

/** A click as the redirect saw it. */
export interface Visit {
  id: string;
  at: number;
  facts: LinkFacts;
  ip: string;
  userAgent: string | null;
  referrer: string | null;
  country: string | null;
}

/** A visit as the consumer gets it back, owners spelled out. */
export interface RawClick {
  id: string;
  linkId: string;
  creatorOrgId: string;
  offerId: string;
  providerOrgId: string;
  merchantOrgId: string;
  at: number;
  ip: string;
  userAgent: string | null;
  referrer: string | null;
  country: string | null;
}

/** Queues take messages of at most 128 KB and batches of 256 KB: messages are kept well under both. */
export const MAX_MESSAGE_BYTES = 60_000;
const USER_AGENT_MAX = 512;
const REFERRER_MAX = 500;
const IP_MAX = 64;
const COUNTRY_MAX = 8;

const cut = (s: string | null, max: number) => (s !== null && s.length > max ? s.slice(0, max) : s);

/**
 * Packs visits into as few messages as the size limit allows, as they come: the redirect adds each visit here
 * (no buffer of visits, no second pass at flush time) and takes the finished messages when it sends. Sizes are
 * estimated from string lengths: queue bodies are V8-serialized, at most 2 bytes a character (workerd hands header
 * values over UTF-8-decoded, so a user agent may hold characters above 0xFF).
 *
 * Tried and measured (2026-12-06), not taken: the clicks as one binary buffer. Local queues (Miniflare) deliver an
 * ArrayBuffer or Uint8Array body to the consumer as an empty object, and the same bytes as a string of byte-valued
 * characters cost the redirect no less than these tuples: what a click costs to send is the bytes' trip through
 * `sendBatch` and the broker (~0.3 ms a call plus ~8 µs a KB here), not how the body is shaped.
 */
export class ClickPacker {
  private messages: ClicksMessage[] = [];
  private message: ClicksMessage | undefined;
  private linkIndex = new Map<string, number>();
  private bytes = 0;
  /** Visits added since the last `take`. */
  count = 0;

  add(v: Visit): void {
    const userAgent = cut(v.userAgent, USER_AGENT_MAX);
    const referrer = cut(v.referrer, REFERRER_MAX);
    // Cut to what the consumer accepts, so one odd header cannot make the whole message unreadable.
    const ip = cut(v.ip, IP_MAX)!;
    const country = cut(v.country, COUNTRY_MAX);
    const size = 60 + 2 * (v.id.length + ip.length + (userAgent?.length ?? 0) + (referrer?.length ?? 0));
    let message = this.message;
    if (!message || this.bytes + size + 200 > MAX_MESSAGE_BYTES) {
      message = this.message = { type: CLICKS_MESSAGE, links: [], clicks: [] };
      this.messages.push(message);
      this.linkIndex = new Map();
      this.bytes = 0;
    }
    let index = this.linkIndex.get(v.facts.linkId);
    if (index === undefined) {
      const f = v.facts;
      index = message.links.push([f.linkId, f.creatorOrgId, f.offerId, f.providerOrgId, f.merchantOrgId]) - 1;
      this.linkIndex.set(f.linkId, index);
      this.bytes += 200;
    }
    message.clicks.push([v.id, index, v.at, ip, userAgent, referrer, country]);
    this.bytes += size;
    this.count++;
  }

  /** The messages packed so far; the packer starts afresh. */
  take(): ClicksMessage[] {
    const out = this.messages;
    this.messages = [];
    this.message = undefined;
    this.linkIndex = new Map();
    this.bytes = 0;
    this.count = 0;
    return out;
  }
}

/** Packs a list of visits at once (see `ClickPacker`). */
export function packClicks(visits: readonly Visit[]): ClicksMessage[] {
  const packer = new ClickPacker();
  for (const v of visits) packer.add(v);
  return packer.take();
}

const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 64;
const isText = (x: unknown, max: number): x is string | null => x === null || (typeof x === 'string' && x.length <= max);

/** The clicks of a message, or null when it is malformed (logged and dropped by the consumer, never retried). */
export function unpackClicks(body: unknown): RawClick[] | null {
  if (typeof body !== 'object' || body === null) return null;
  const m = body as Partial<ClicksMessage>;
  if (m.type !== CLICKS_MESSAGE || !Array.isArray(m.links) || !Array.isArray(m.clicks)) return null;
  if (!m.links.every((l) => Array.isArray(l) && l.length === 5 && l.every(isId))) return null;
  const out: RawClick[] = [];
  for (const c of m.clicks) {
    if (!Array.isArray(c) || c.length !== 7) return null;
    const [id, index, at, ip, userAgent, referrer, country] = c;
    const link = m.links[index];
    if (!isId(id) || !link || !Number.isSafeInteger(at) || typeof ip !== 'string' || ip.length > IP_MAX) return null;
    if (!isText(userAgent, USER_AGENT_MAX) || !isText(referrer, REFERRER_MAX) || !isText(country, COUNTRY_MAX)) return null;
    const [linkId, creatorOrgId, offerId, providerOrgId, merchantOrgId] = link;
    out.push({ id, linkId, creatorOrgId, offerId, providerOrgId, merchantOrgId, at, ip, userAgent, referrer, country });
  }
  return out;
}
