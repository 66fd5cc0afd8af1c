const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Link codes are this long: 62^10 ≈ 8·10^17 codes, so guessing one among millions of links takes ~10^11 tries. */
export const LINK_CODE_LENGTH = 10;

/** What a code looks like; anything else is answered "unknown" without a database lookup. */
export const LINK_CODE = /^[0-9A-Za-z]{10}$/;

/**
 * A fresh link code: uniform base62 from `crypto.getRandomValues` (bytes ≥ 248 are redrawn, so no character is
 * likelier than another).
 */
export function newLinkCode(): string {
  let out = '';
  while (out.length < LINK_CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < 248 && out.length < LINK_CODE_LENGTH) out += BASE62[byte % 62];
    }
  }
  return out;
}
