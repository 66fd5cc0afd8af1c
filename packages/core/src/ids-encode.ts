/**
 * The Crockford base32 encoders behind `newId` (ids.ts), kept apart so that tests can hold them to the plain
 * bit-by-bit encoding. Both are on the redirect's hot path (a click id per request), hence the tables.
 */

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Two base32 characters for every 10-bit value: 1,024 short strings, built once. */
const PAIRS: readonly string[] = Array.from({ length: 1024 }, (_, i) => ALPHABET[i >> 5]! + ALPHABET[i & 31]!);

/** A millisecond time as 10 base32 characters, most significant first (50 bits: sorts as the time does). */
export function encodeTime(ms: number): string {
  let out = '';
  let t = ms;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
}

/**
 * 10 bytes from `bytes[at]` (80 bits) as 16 base32 characters, most significant bit first: the same characters as
 * reading the bytes as one bit stream, 5 bits at a time. Each half (5 bytes, 40 bits) is 4 pairs of characters.
 */
export function encodeRandom(bytes: Uint8Array, at: number): string {
  return half(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!, bytes[at + 4]!) +
    half(bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!, bytes[at + 8]!, bytes[at + 9]!);
}

function half(b0: number, b1: number, b2: number, b3: number, b4: number): string {
  return (
    PAIRS[(b0 << 2) | (b1 >> 6)]! +
    PAIRS[((b1 & 63) << 4) | (b2 >> 4)]! +
    PAIRS[((b2 & 15) << 6) | (b3 >> 2)]! +
    PAIRS[((b3 & 3) << 8) | b4]!
  );
}
