import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ID_PREFIXES, isId, newId, type IdKind } from '../src/ids';
import { ALPHABET, encodeRandom, encodeTime } from '../src/ids-encode';

const kinds = Object.keys(ID_PREFIXES) as IdKind[];
const kind = fc.constantFrom(...kinds);
// Any millisecond time an id may carry: 10 base32 characters hold 50 bits.
const time = fc.integer({ min: 0, max: 2 ** 48 });

describe('ids', () => {
  it('carry the prefix of their kind and a 26-character Crockford base32 body', () => {
    fc.assert(
      fc.property(kind, time, (k, now) => {
        const id = newId(k, now);
        const [prefix, body] = id.split('_');
        expect(prefix).toBe(ID_PREFIXES[k]);
        expect(body).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
        expect(isId(k, id)).toBe(true);
      }),
    );
  });

  it('sort by creation time', () => {
    fc.assert(
      fc.property(kind, time, time, (k, a, b) => {
        fc.pre(a !== b);
        const [earlier, later] = a < b ? [newId(k, a), newId(k, b)] : [newId(k, b), newId(k, a)];
        expect(earlier < later).toBe(true);
      }),
    );
  });

  it('differ when made in the same millisecond', () => {
    const now = Date.now();
    const ids = new Set(Array.from({ length: 1000 }, () => newId('order', now)));
    expect(ids.size).toBe(1000);
  });

  it('encode the random bytes exactly as the plain bit-stream base32 does (the table is only faster)', () => {
    // The encoding ids had before the lookup table: the bytes read as one bit stream, 5 bits per character.
    const plain = (bytes: Uint8Array) => {
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
    };
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 40 }), fc.nat(), (bytes, n) => {
        const at = n % (bytes.length - 9);
        expect(encodeRandom(bytes, at)).toBe(plain(bytes.subarray(at, at + 10)));
      }),
      { numRuns: 2000 },
    );
    expect(encodeRandom(new Uint8Array(10).fill(255), 0)).toBe('ZZZZZZZZZZZZZZZZ');
    expect(encodeRandom(new Uint8Array(10), 0)).toBe('0000000000000000');
  });

  it('encode the time as 10 base32 characters, most significant first', () => {
    expect(encodeTime(0)).toBe('0000000000');
    expect(encodeTime(1_763_798_400_000)).toBe(
      Array.from({ length: 10 }, (_, i) => ALPHABET[Math.floor(1_763_798_400_000 / 32 ** (9 - i)) % 32]).join(''),
    );
  });

  it('stay distinct and well formed across many refills of the random pool, in one millisecond', () => {
    const now = Date.now();
    const ids = Array.from({ length: 5000 }, () => newId('click', now));
    expect(new Set(ids).size).toBe(5000);
    expect(new Set(ids.map((id) => id.slice(4, 14))).size).toBe(1);
    for (const id of ids) expect(isId('click', id), id).toBe(true);
  });

  it('isId rejects another kind, a bad body or a bad length', () => {
    const id = newId('product');
    expect(isId('product', id)).toBe(true);
    expect(isId('order', id)).toBe(false);
    expect(isId('product', id.slice(0, -1))).toBe(false);
    expect(isId('product', `${id}0`)).toBe(false);
    expect(isId('product', id.slice(0, -1) + 'U')).toBe(false); // U is not in Crockford base32
    expect(isId('product', id.toLowerCase())).toBe(false);
    expect(isId('product', `x${id}`)).toBe(false);
  });

  it('isId never accepts a string without the prefix of its kind', () => {
    fc.assert(
      fc.property(kind, fc.string(), (k, text) => {
        if (isId(k, text)) expect(text.startsWith(`${ID_PREFIXES[k]}_`)).toBe(true);
      }),
    );
  });

  it('prefixes are unique', () => {
    const prefixes = Object.values(ID_PREFIXES);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});
