import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PBKDF2_ITERATIONS,
  fromBase64Url,
  hashPassword,
  randomToken,
  sha256Hex,
  timingSafeEqual,
  toBase64Url,
  verifyPassword,
} from '../src/crypto';

// A low work factor keeps the property runs fast; the format carries the iteration count.
const FAST = 1_000;

describe('base64url', () => {
  it('round-trips any bytes with the URL-safe alphabet and no padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('randomToken gives n random bytes as base64url', () => {
    expect(fromBase64Url(randomToken(24))).toHaveLength(24);
    expect(randomToken(24)).toHaveLength(32);
    expect(randomToken()).not.toBe(randomToken());
  });
});

describe('sha256Hex', () => {
  it('matches the known digest', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('timingSafeEqual', () => {
  it('agrees with ===', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(timingSafeEqual(a, b)).toBe(a === b);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (a) => {
        expect(timingSafeEqual(a, a)).toBe(true);
      }),
    );
  });
});

describe('passwords', () => {
  it('hash with PBKDF2-SHA-256 at 100,000 iterations by default and verify', async () => {
    const stored = await hashPassword('demo-password-2026');
    expect(stored).toMatch(new RegExp(`^pbkdf2-sha256\\$${PBKDF2_ITERATIONS}\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}$`));
    expect(await verifyPassword('demo-password-2026', stored)).toBe(true);
    expect(await verifyPassword('demo-password-2025', stored)).toBe(false);
  });

  it('round-trip any password, and refuse any other', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), async (password, other) => {
        const stored = await hashPassword(password, FAST);
        expect(await verifyPassword(password, stored)).toBe(true);
        if (other.normalize('NFKC') !== password.normalize('NFKC')) expect(await verifyPassword(other, stored)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('salt every hash', async () => {
    expect(await hashPassword('same', FAST)).not.toBe(await hashPassword('same', FAST));
  });

  it('refuse a tampered hash, salt, iteration count or scheme', async () => {
    const stored = await hashPassword('secret', FAST);
    const [scheme, iterations, salt, hash] = stored.split('$');
    const flip = (text: string) => (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
    const tampered = [
      [scheme, iterations, salt, flip(hash)],
      [scheme, iterations, flip(salt), hash],
      [scheme, String(Number(iterations) + 1), salt, hash],
      ['pbkdf2-sha1', iterations, salt, hash],
      [scheme, '0', salt, hash],
      [scheme, 'x', salt, hash],
      [scheme, iterations, salt],
    ];
    for (const parts of tampered) expect(await verifyPassword('secret', parts.join('$')), parts.join('$')).toBe(false);
    expect(await verifyPassword('secret', '')).toBe(false);
  });
});
