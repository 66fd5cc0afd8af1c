import { fromCodes, writeRandom, writeTime } from './ids-encode';

/**
 * Prefixed, time-sortable ids from one registry.
 * Shape: `<prefix>_<10 chars of ms time><16 chars of randomness>` in Crockford base32,
 * so ids sort by creation time and carry 80 random bits.
 */
export const ID_PREFIXES = {
  organization: 'org',
  user: 'usr',
  membership: 'mem',
  session: 'ses',
  invitation: 'inv',
  apiKey: 'key',
  audit: 'aud',
  request: 'req',
  product: 'prd',
  sku: 'sku',
  activity: 'act',
  enrollment: 'enr',
  termVersion: 'trm',
  roster: 'ros',
  sample: 'smp',
  importJob: 'imp',
  stockMove: 'stk',
  link: 'lnk',
  click: 'clk',
  order: 'ord',
  orderLine: 'odl',
  refund: 'rfd',
  platformFee: 'pfe',
  topUp: 'top',
  commissionLine: 'cml',
  journal: 'jnl',
  posting: 'pst',
  payout: 'po',
  event: 'evt',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;
export type IdPrefix = (typeof ID_PREFIXES)[IdKind];

/**
 * Randomness is drawn in blocks: one `crypto.getRandomValues` fills `POOL_BYTES`, which serve ~400 ids (10 bytes
 * each, every byte used once). A call into the runtime per id cost more than the rest of `newId` together, and ids
 * are made on the redirect's hot path. Filled lazily: Workers allow no random values at module scope.
 */
const POOL_BYTES = 4096;
const ID_RANDOM_BYTES = 10;
const pool = new Uint8Array(POOL_BYTES);
let poolAt = POOL_BYTES;

/**
 * The id maker of one kind. It keeps the character codes of its ids and reuses them from id to id: the prefix and
 * `_` written once, then 10 of time (rewritten only when the millisecond changes) and 16 of randomness. A hot path
 * that makes ids of one kind (the redirect's click ids) holds its maker and looks nothing up per id.
 */
export function idMaker(kind: IdKind): (now?: number) => string {
  const codes = [...Array.from(`${ID_PREFIXES[kind]}_`, (c) => c.charCodeAt(0)), ...new Array<number>(26).fill(0)];
  const head = codes.length - 26;
  let timeMs = Number.NaN;
  return (now = Date.now()) => {
    if (now !== timeMs) {
      writeTime(now, codes, head);
      timeMs = now;
    }
    if (poolAt + ID_RANDOM_BYTES > POOL_BYTES) {
      crypto.getRandomValues(pool);
      poolAt = 0;
    }
    writeRandom(pool, poolAt, codes, head + 10);
    poolAt += ID_RANDOM_BYTES;
    return fromCodes(codes);
  };
}

/** `newId`'s makers, one per kind, made on first use. */
const makers = new Map<IdKind, (now?: number) => string>();

export function newId(kind: IdKind, now: number = Date.now()): string {
  let make = makers.get(kind);
  if (!make) makers.set(kind, (make = idMaker(kind)));
  return make(now);
}

const ID_BODY = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** True when `id` is a well-formed id of the given kind (it says nothing of whether the row exists). */
export function isId(kind: IdKind, id: string): boolean {
  const prefix = `${ID_PREFIXES[kind]}_`;
  return id.startsWith(prefix) && ID_BODY.test(id.slice(prefix.length));
}
