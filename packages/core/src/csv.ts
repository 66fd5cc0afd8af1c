/**
 * CSV as RFC 4180 defines it, pure (no I/O), for imports and exports.
 *
 * Reading: fields are separated by `,`, records by CRLF (LF and a lone CR are accepted too, as spreadsheets write
 * them). A field that starts with `"` is quoted: it may hold commas, quotes doubled (`""`) and line breaks, and must
 * be followed by a separator or the end. A `"` inside an unquoted field, text after a closing quote and an unclosed
 * quote are errors naming the line, because guessing would silently shift columns. Blank lines are skipped.
 * Each record carries the physical line it starts on, as a text editor or spreadsheet numbers it.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvResult<T> = { ok: true; value: T } | { ok: false; line: number; message: string };

const FIELD_END = /[,"\r\n]/g;
const BREAKS = /\r\n|\r|\n/g;

const countBreaks = (s: string) => s.match(BREAKS)?.length ?? 0;

export function parseCsv(text: string): CsvResult<CsvRecord[]> {
  const records: CsvRecord[] = [];
  const n = text.length;
  let line = 1;
  let i = 0;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const opened = line;
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) return { ok: false, line: opened, message: 'a quoted field is never closed (a " is missing)' };
          value += text.slice(j, q);
          if (text[q + 1] !== '"') {
            j = q + 1;
            break;
          }
          value += '"';
          j = q + 2;
        }
        line += countBreaks(text.slice(i, j));
        i = j;
        if (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          return { ok: false, line, message: 'text after a closing quote; write a quote inside a quoted field as ""' };
        }
        fields.push(value);
      } else {
        FIELD_END.lastIndex = i;
        const m = FIELD_END.exec(text);
        if (m?.[0] === '"') {
          return { ok: false, line, message: 'a quote inside an unquoted field; quote the whole field and double the quote ("")' };
        }
        const end = m ? m.index : n;
        fields.push(text.slice(i, end));
        i = end;
      }
      if (i >= n) break;
      if (text[i] === ',') {
        i++;
        continue;
      }
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      break;
    }
    if (fields.length > 1 || fields[0] !== '') records.push({ line: start, fields });
  }
  return { ok: true, value: records };
}

const NEEDS_QUOTES = /[",\r\n]/;

/** Writes records with CRLF line ends, quoting only the fields that need it. `parseCsv(toCsv(r))` gives `r` back. */
export function toCsv(records: readonly (readonly string[])[]): string {
  const quote = (f: string) => (NEEDS_QUOTES.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return records.map((r) => r.map(quote).join(',') + '\r\n').join('');
}

/** The byte offset of the first byte that is not part of a well-formed UTF-8 sequence (the length when none). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= b.length) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const x = b[i + k];
      if ((x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}

/**
 * Decodes a UTF-8 file, with or without a byte-order mark. Anything else (Shift_JIS, GBK, UTF-16 — what
 * spreadsheets in Japan and China often save) is refused with the line of the first bad byte rather than
 * turned into replacement characters.
 */
export function decodeUtf8(bytes: Uint8Array): CsvResult<string> {
  const bad = firstInvalidUtf8(bytes);
  if (bad === bytes.length) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return { ok: true, value: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(bom)) };
  }
  let line = 1;
  for (let k = 0; k < bad; k++) if (bytes[k] === 0x0a) line++;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const message = utf16
    ? 'the file is UTF-16; save it as UTF-8 ("CSV UTF-8" in Excel)'
    : `byte ${bad} is not valid UTF-8; save the file as UTF-8 ("CSV UTF-8" in Excel), not Shift_JIS or GBK`;
  return { ok: false, line, message };
}
