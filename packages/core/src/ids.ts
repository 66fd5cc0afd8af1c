import { encodeRandom, encodeTime } from './ids-encode';

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

/** The last time encoded, and its 10 characters: many ids share a millisecond under load. */
let timeMs = Number.NaN;
let timeChars = '';

export function newId(kind: IdKind, now: number = Date.now()): string {
  if (now !== timeMs) {
    timeChars = encodeTime(now);
    timeMs = now;
  }
  if (poolAt + ID_RANDOM_BYTES > POOL_BYTES) {
    crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const at = poolAt;
  poolAt = at + ID_RANDOM_BYTES;
  return `${ID_PREFIXES[kind]}_${timeChars}${encodeRandom(pool, at)}`;
}

const ID_BODY = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** True when `id` is a well-formed id of the given kind (it says nothing of whether the row exists). */
export function isId(kind: IdKind, id: string): boolean {
  const prefix = `${ID_PREFIXES[kind]}_`;
  return id.startsWith(prefix) && ID_BODY.test(id.slice(prefix.length));
}
