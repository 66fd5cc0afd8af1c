import type { LinkFacts } from '../redirect/cache';

/**
 * The queue message that carries clicks from the redirect to the consumer: many clicks per message (one message
 * per click would cost the queue more than the redirect itself), as bytes, the links' owners once per link.
 * It holds the raw IP and user agent — the consumer hashes them into the identity and classifies bots, off the hot
 * path — and nothing else keeps them: the stored click has only the hash.
 */
export const CLICKS_MESSAGE = 'clicks';

/** A clicks message on the queue: bytes (sent with `contentType: 'bytes'`; the consumer gets an ArrayBuffer) in the format below. */
export type ClicksMessage = Uint8Array;

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
const ID_MAX = 64;

const cut = (s: string | null, max: number) => (s !== null && s.length > max ? s.slice(0, max) : s);

/*
 * The format (little-endian), version 3:
 *   'X' 'P' 'C' 3                          magic and version
 *   then records, each a tag byte:
 *   1  link:  5 × str                      link id, creator org, offer (enrollment), provider org, merchant org
 *   2  click: u16 link index, f64 at (ms), str click id, str ip, ua user agent, str referrer, str country
 *   str: u16 byte length (0xFFFF: null), then UTF-8
 *   ua:  u16 units shared with the previous user agent of the message (0xFFFF: null), then the rest as str
 * A click's link index counts the link records before it in the same message. A message's first user agent shares
 * nothing; a null one leaves the previous one as it was.
 * Version 2 (read, no longer written: messages of the previous deploy still queued) wrote the user agent as a str.
 *
 * Why the user agent is front-coded: it is two thirds of a click's bytes, and the visitors of one link, a crowd
 * on the same app in the same live stream, send user agents that are the same or share most of their length. Fewer
 * bytes are fewer queue operations (billed per 64 KB) and less for `sendBatch` to copy and encode.
 */
const VERSION = 3;
const MAGIC = [0x58, 0x50, 0x43, VERSION];
const LINK = 1;
const CLICK = 2;
const NULL = 0xffff;
/** The most a string of `n` UTF-16 units takes, with its length. */
const strMax = (n: number) => 2 + 3 * n;

/**
 * Packs visits into as few messages as the size limit allows: the redirect's sink adds the visits waiting for a
 * flush and takes the finished messages to send (services/redirect/sink.ts). Each visit is written into one reused
 * byte buffer, so the send has no structured serialization to do. Measured (2026-12-06, the redirect called in a
 * loop inside workerd, clicks sent to a queue without consumer): recording a click cost ~4.2 µs as arrays of
 * strings handed to `sendBatch`, ~2.4 µs as these bytes: the arrays were V8-serialized and JSON-encoded by
 * `sendBatch`, bytes skip both. Front-coding the user agent (version 3) took it to ~0.9 µs with every visitor's
 * user agent distinct (bench/wrk-identities.lua's): what remained was mostly `sendBatch` copying, base64-encoding
 * and posting the bytes, and the local queue broker receiving them.
 */
class ClickPacker {
  private messages: Uint8Array[] = [];
  private readonly buf = new Uint8Array(MAX_MESSAGE_BYTES);
  private readonly view = new DataView(this.buf.buffer);
  /** Where the open message ends; 0 when none is open. */
  private pos = 0;
  private links = new Map<string, number>();
  /** The open message's last user agent (front coding, see the format). */
  private previousUserAgent = '';

  add(v: Visit): void {
    const userAgent = cut(v.userAgent, USER_AGENT_MAX);
    const referrer = cut(v.referrer, REFERRER_MAX);
    // Cut to what the consumer accepts, so one odd header cannot make the whole message unreadable.
    const ip = cut(v.ip, IP_MAX)!;
    const country = cut(v.country, COUNTRY_MAX);
    const f = v.facts;
    // A click record: its tag, link index, time and user agent's share, then at most its five strings.
    const clickMax = 13 + strMax(v.id.length) + strMax(ip.length) + strMax(userAgent?.length ?? 0) + strMax(referrer?.length ?? 0) + strMax(country?.length ?? 0);
    let index = this.pos === 0 ? undefined : this.links.get(f.linkId);
    // A link record: its tag, five lengths, and at most 3 bytes a unit of its five ids.
    const linkMax = index === undefined ? 1 + 5 * 2 + 3 * (f.linkId.length + f.creatorOrgId.length + f.offerId.length + f.providerOrgId.length + f.merchantOrgId.length) : 0;
    if (this.pos === 0 || this.pos + linkMax + clickMax > MAX_MESSAGE_BYTES) {
      this.finish();
      this.buf.set(MAGIC, 0);
      this.pos = MAGIC.length;
      this.links.clear();
      this.previousUserAgent = '';
      index = undefined;
    }
    if (index === undefined) {
      index = this.links.size;
      this.links.set(f.linkId, index);
      this.buf[this.pos++] = LINK;
      for (const s of [f.linkId, f.creatorOrgId, f.offerId, f.providerOrgId, f.merchantOrgId]) this.str(s);
    }
    this.buf[this.pos] = CLICK;
    this.view.setUint16(this.pos + 1, index, true);
    this.view.setFloat64(this.pos + 3, v.at, true);
    this.pos += 11;
    this.str(v.id);
    this.str(ip);
    this.userAgent(userAgent);
    this.str(referrer);
    this.str(country);
  }

  /** The messages packed so far; the packer starts afresh. */
  take(): ClicksMessage[] {
    this.finish();
    const out = this.messages;
    this.messages = [];
    return out;
  }

  private finish(): void {
    if (this.pos > 0) this.messages.push(this.buf.slice(0, this.pos));
    this.pos = 0;
  }

  /** Writes a user agent as the units it shares with the previous one, then the rest. */
  private userAgent(s: string | null): void {
    // Null: the same two bytes as a null str (0xFFFF in the share's place), and nothing after.
    if (s === null) return this.str(null);
    const previous = this.previousUserAgent;
    const n = Math.min(previous.length, s.length);
    let shared = 0;
    if (s === previous) shared = n;
    else while (shared < n && s.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    // Never share half a surrogate pair: what is written is read back as a fresh string would be.
    if (shared > 0 && (s.charCodeAt(shared - 1) & 0xfc00) === 0xd800) shared--;
    this.view.setUint16(this.pos, shared, true);
    this.pos += 2;
    this.str(s, shared);
    this.previousUserAgent = s;
  }

  /**
   * Writes a string (from unit `from` on) as UTF-8 after its length (ASCII, the usual header, byte by byte with no
   * call out).
   */
  private str(s: string | null, from = 0): void {
    const buf = this.buf;
    const at = this.pos;
    if (s === null) {
      this.view.setUint16(at, NULL, true);
      this.pos = at + 2;
      return;
    }
    let o = at + 2;
    for (let i = from; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        buf[o++] = c;
      } else if (c < 0x800) {
        buf[o++] = 0xc0 | (c >> 6);
        buf[o++] = 0x80 | (c & 63);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const d = s.charCodeAt(i + 1);
          if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            i++;
            buf[o++] = 0xf0 | (c >> 18);
            buf[o++] = 0x80 | ((c >> 12) & 63);
            buf[o++] = 0x80 | ((c >> 6) & 63);
            buf[o++] = 0x80 | (c & 63);
            continue;
          }
          c = 0xfffd; // a lone surrogate, as TextEncoder writes it
        }
        buf[o++] = 0xe0 | (c >> 12);
        buf[o++] = 0x80 | ((c >> 6) & 63);
        buf[o++] = 0x80 | (c & 63);
      }
    }
    this.view.setUint16(at, o - at - 2, true);
    this.pos = o;
  }
}

/** Packs a list of visits at once (see `ClickPacker`). */
export function packClicks(visits: readonly Visit[]): ClicksMessage[] {
  const packer = new ClickPacker();
  for (const v of visits) packer.add(v);
  return packer.take();
}

/** True for a body in the clicks format (the queue consumer routes bytes by their magic). */
export function isClicksBody(body: unknown): body is ArrayBuffer | ArrayBufferView {
  const bytes = asBytes(body);
  return bytes !== null && versionOf(bytes) !== 0;
}

/** The format's version, when the bytes start with the magic of one this reader knows (2 or 3); else 0. */
const versionOf = (bytes: Uint8Array) =>
  bytes.length >= MAGIC.length && bytes[0] === MAGIC[0] && bytes[1] === MAGIC[1] && bytes[2] === MAGIC[2] && (bytes[3] === 2 || bytes[3] === VERSION)
    ? bytes[3]
    : 0;

function asBytes(body: unknown): Uint8Array | null {
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The clicks of a message, or null when it is malformed (logged and dropped by the consumer, never retried). */
export function unpackClicks(body: unknown): RawClick[] | null {
  const bytes = asBytes(body);
  if (bytes === null) return null;
  const version = versionOf(bytes);
  if (version === 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = MAGIC.length;
  /** The next string, `undefined` when it runs past the end, is not UTF-8 or is longer than `max` units. */
  const str = (max: number): string | null | undefined => {
    if (pos + 2 > bytes.length) return undefined;
    const length = view.getUint16(pos, true);
    pos += 2;
    if (length === NULL) return null;
    if (pos + length > bytes.length) return undefined;
    let s: string;
    try {
      s = utf8.decode(bytes.subarray(pos, pos + length));
    } catch {
      return undefined;
    }
    pos += length;
    return s.length <= max ? s : undefined;
  };
  let previousUserAgent = '';
  /** The next user agent (`ua` in version 3, a plain str before), `undefined` when malformed. */
  const userAgent = (): string | null | undefined => {
    if (version < 3) return str(USER_AGENT_MAX);
    if (pos + 2 > bytes.length) return undefined;
    const shared = view.getUint16(pos, true);
    pos += 2;
    if (shared === NULL) return null;
    const rest = str(USER_AGENT_MAX);
    if (shared > previousUserAgent.length || typeof rest !== 'string' || shared + rest.length > USER_AGENT_MAX) return undefined;
    previousUserAgent = shared === 0 ? rest : previousUserAgent.slice(0, shared) + rest;
    return previousUserAgent;
  };
  const isId = (x: string | null | undefined): x is string => typeof x === 'string' && x.length > 0;
  const links: string[][] = [];
  const out: RawClick[] = [];
  while (pos < bytes.length) {
    const tag = bytes[pos++];
    if (tag === LINK) {
      const link = [str(ID_MAX), str(ID_MAX), str(ID_MAX), str(ID_MAX), str(ID_MAX)];
      if (!link.every(isId)) return null;
      links.push(link as string[]);
    } else if (tag === CLICK) {
      if (pos + 10 > bytes.length) return null;
      const link = links[view.getUint16(pos, true)];
      const at = view.getFloat64(pos + 2, true);
      pos += 10;
      const [id, ip, ua, referrer, country] = [str(ID_MAX), str(IP_MAX), userAgent(), str(REFERRER_MAX), str(COUNTRY_MAX)];
      if (!link || !Number.isSafeInteger(at) || !isId(id) || typeof ip !== 'string') return null;
      if (ua === undefined || referrer === undefined || country === undefined) return null;
      const [linkId, creatorOrgId, offerId, providerOrgId, merchantOrgId] = link;
      out.push({ id, linkId, creatorOrgId, offerId, providerOrgId, merchantOrgId, at, ip, userAgent: ua, referrer, country });
    } else {
      return null;
    }
  }
  return out;
}
