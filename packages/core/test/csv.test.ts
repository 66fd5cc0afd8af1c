import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8, firstInvalidUtf8, parseCsv, toCsv } from '../src/csv';

const records = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(`line ${r.line}: ${r.message}`);
  return r.value;
};
const fields = (text: string) => records(text).map((r) => r.fields);
const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseCsv', () => {
  it.each([
    ['a,b,c', [['a', 'b', 'c']]],
    ['a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\nc,d\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\rc,d', [['a', 'b'], ['c', 'd']]],
    ['a,,c,', [['a', '', 'c', '']]],
    ['"a,b","c""d"""', [['a,b', 'c"d"']]],
    ['"line 1\r\nline 2",x', [['line 1\r\nline 2', 'x']]],
    ['""', []],
    ['"",""', [['', '']]],
    [' a , b ', [[' a ', ' b ']]],
    ['a\n\n\nb\n', [['a'], ['b']]],
    ['名前,価格\n湯呑み,"1,200"', [['名前', '価格'], ['湯呑み', '1,200']]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('numbers records by the physical line they start on, counting breaks inside quotes', () => {
    const r = records('h1,h2\r\n"multi\nline\r\nvalue",x\r\n\r\nlast,row\n');
    expect(r.map((x) => x.line)).toEqual([1, 2, 6]);
  });

  it.each([
    ['a,b\n"never closed,x\ny,z', 2, 'never closed'],
    ['a,b\nab"c,d', 2, 'quote inside an unquoted field'],
    ['a\n"quoted"tail,x', 2, 'after a closing quote'],
    ['a\n"one\ntwo"x', 3, 'after a closing quote'],
    ['"x",y\n"a""b', 2, 'never closed'],
  ])('refuses %j naming line %d', (text, line, message) => {
    const r = parseCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.line).toBe(line);
      expect(r.message).toContain(message);
    }
  });

  it('round-trips any table through toCsv', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', '品', ',', '"', '\r', '\n', ' ', '|', '\u{1F600}'), maxLength: 12 });
    // A one-field record holding '' is a blank line, which readers skip; two fields or more are unambiguous.
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(table, (t) => {
        expect(fields(toCsv(t))).toEqual(t);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports each record at the line a reader would see it on', () => {
    const table = fc.array(fc.array(fc.string({ unit: fc.constantFrom('x', '\n', '\r\n', ','), maxLength: 5 }), { minLength: 2, maxLength: 3 }), { maxLength: 6 });
    fc.assert(
      fc.property(table, (t) => {
        const csv = toCsv(t);
        const lines = records(csv).map((r) => r.line);
        let line = 1;
        const expected = t.map((row) => {
          const at = line;
          line += 1 + row.join(',').split(/\r\n|\n/).length - 1;
          return at;
        });
        expect(lines).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 with or without a byte-order mark', () => {
    expect(decodeUtf8(utf8('a,b\n湯呑み,1'))).toEqual({ ok: true, value: 'a,b\n湯呑み,1' });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, ...utf8('a,b')))).toEqual({ ok: true, value: 'a,b' });
  });

  it('names the line of the first byte that is not UTF-8 (a Shift_JIS file)', () => {
    // "sku,name\nA1," then 湯 in Shift_JIS (0x93 0x92).
    const r = decodeUtf8(bytes(...utf8('sku,name\nA1,ok\nA2,'), 0x93, 0x92, 0x0a));
    expect(r).toMatchObject({ ok: false, line: 3 });
    if (!r.ok) expect(r.message).toContain('UTF-8');
  });

  it('recognises UTF-16', () => {
    const r = decodeUtf8(bytes(0xff, 0xfe, 0x61, 0x00));
    expect(r).toMatchObject({ ok: false, line: 1 });
    if (!r.ok) expect(r.message).toContain('UTF-16');
  });

  it.each([
    ['truncated sequence', [0x61, 0xe6, 0xb9], 1],
    ['overlong slash', [0xc0, 0xaf], 0],
    ['overlong 3-byte', [0x61, 0xe0, 0x80, 0xaf], 1],
    ['surrogate', [0xed, 0xa0, 0x80], 0],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['lone continuation', [0x61, 0x62, 0x80], 2],
  ])('finds %s at the right offset', (_name, b, at) => {
    expect(firstInvalidUtf8(bytes(...b))).toBe(at);
  });

  it('agrees with a fatal TextDecoder on arbitrary bytes', () => {
    // Random bytes are rarely valid; UTF-8 text with one byte changed exercises the valid multi-byte paths too.
    const nearText = fc.tuple(fc.string({ unit: 'binary', maxLength: 8 }), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean()).map(([s, at, v, flip]) => {
      const b = utf8(s);
      if (flip && b.length) b[at % b.length] = v;
      return b;
    });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 24 }), nearText), (b) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(b) === b.length).toBe(valid);
      }),
      { numRuns: 5000 },
    );
  });
});
