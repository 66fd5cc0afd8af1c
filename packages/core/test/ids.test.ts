import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ID_PREFIXES, isId, newId, type IdKind } from '../src/ids';

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
