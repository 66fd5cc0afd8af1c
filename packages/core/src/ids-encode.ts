/**
 * The Crockford base32 encoders behind `newId` (ids.ts), kept apart so that tests can hold them to the plain
 * bit-by-bit encoding. Both are on the redirect's hot path (a click id per request), so they write character codes
 * into an array the caller reuses: `String.fromCharCode` over it makes the id one flat string, where concatenating
 * pieces makes a tree of string parts that every click kept waiting in the redirect's buffer would hold on to.
 */

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODES: readonly number[] = Array.from(ALPHABET, (c) => c.charCodeAt(0));

/** A millisecond time as 10 base32 character codes from `out[o]`, most significant first (50 bits: sorts as the time does). */
export function writeTime(ms: number, out: number[], o: number): void {
  let t = ms;
  for (let i = 9; i >= 0; i--) {
    out[o + i] = CODES[t % 32]!;
    t = Math.floor(t / 32);
  }
}

/**
 * 10 bytes from `bytes[at]` (80 bits) as 16 base32 character codes from `out[o]`, most significant bit first: the
 * same characters as reading the bytes as one bit stream, 5 bits at a time. Each half (5 bytes, 40 bits) is 8.
 */
export function writeRandom(bytes: Uint8Array, at: number, out: number[], o: number): void {
  for (let h = at; h < at + 10; h += 5, o += 8) {
    const b0 = bytes[h]!;
    const b1 = bytes[h + 1]!;
    const b2 = bytes[h + 2]!;
    const b3 = bytes[h + 3]!;
    const b4 = bytes[h + 4]!;
    out[o] = CODES[b0 >> 3]!;
    out[o + 1] = CODES[((b0 & 7) << 2) | (b1 >> 6)]!;
    out[o + 2] = CODES[(b1 >> 1) & 31]!;
    out[o + 3] = CODES[((b1 & 1) << 4) | (b2 >> 4)]!;
    out[o + 4] = CODES[((b2 & 15) << 1) | (b3 >> 7)]!;
    out[o + 5] = CODES[(b3 >> 2) & 31]!;
    out[o + 6] = CODES[((b3 & 3) << 3) | (b4 >> 5)]!;
    out[o + 7] = CODES[b4 & 31]!;
  }
}

/** The characters of `codes` as one flat string. */
export const fromCodes = (codes: number[]): string => String.fromCharCode.apply(null, codes);

/** `writeTime` as a string. */
export function encodeTime(ms: number): string {
  const out = new Array<number>(10);
  writeTime(ms, out, 0);
  return fromCodes(out);
}

/** `writeRandom` as a string. */
export function encodeRandom(bytes: Uint8Array, at: number): string {
  const out = new Array<number>(16);
  writeRandom(bytes, at, out, 0);
  return fromCodes(out);
}
