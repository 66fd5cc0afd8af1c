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

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function encodeTime(ms: number): string {
  let out = '';
  let t = ms;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
}

function encodeRandom(bytes: Uint8Array): string {
  // 10 bytes = 80 bits = 16 base32 characters
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  return out;
}

export function newId(kind: IdKind, now: number = Date.now()): string {
  const random = crypto.getRandomValues(new Uint8Array(10));
  return `${ID_PREFIXES[kind]}_${encodeTime(now)}${encodeRandom(random)}`;
}

const ID_BODY = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** True when `id` is a well-formed id of the given kind (it says nothing of whether the row exists). */
export function isId(kind: IdKind, id: string): boolean {
  const prefix = `${ID_PREFIXES[kind]}_`;
  return id.startsWith(prefix) && ID_BODY.test(id.slice(prefix.length));
}
