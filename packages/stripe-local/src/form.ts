/**
 * Stripe's request encoding: application/x-www-form-urlencoded with bracket notation, both in POST bodies and in GET
 * query strings. `line_items[0][price_data][currency]=cny` nests; a numeric or empty bracket (`expand[]=a`) makes an
 * array. Everything arrives as strings; the parameter specs (params.ts) turn them into numbers and booleans.
 */
import { invalidParam } from './errors.ts';

export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type Form = { [key: string]: FormValue };

/** An array while parsing: entries keyed by their index (`[]` appends after every numbered one). */
class ArrayNode {
  entries = new Map<number, Node>();
  private appended = 0;
  key(token: string): number {
    return token === '' ? 1e12 + this.appended++ : Number(token);
  }
}
type Node = string | ArrayNode | Map<string, Node>;

/** `a[b][0]` → ['a', 'b', '0']. Brackets may arrive percent-encoded; decoding happens before this. */
function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const tokens = [key.slice(0, open)];
  const rest = key.slice(open);
  const re = /\[([^\]]*)\]/g;
  let consumed = 0;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    if (m.index !== consumed) break;
    tokens.push(m[1]);
    consumed = re.lastIndex;
  }
  // Trailing garbage after the brackets (`a[b]c`): keep the whole key as one name, as qs does.
  return consumed === rest.length ? tokens : [key];
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    throw invalidParam(part, `Invalid URL encoding in request: ${part}`);
  }
}

function bracketPath(tokens: string[]): string {
  return tokens[0] + tokens.slice(1).map((t) => `[${t}]`).join('');
}

export function parseForm(text: string): Form {
  const root = new Map<string, Node>();
  if (text.trim() === '') return {};
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const tokens = splitKey(key);
    let node: Map<string, Node> | ArrayNode = root;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const last = i === tokens.length - 1;
      const nextIsIndex = !last && /^\d*$/.test(tokens[i + 1]);
      const slot: string | number = node instanceof ArrayNode ? node.key(token) : token;
      const get = (): Node | undefined =>
        node instanceof ArrayNode ? node.entries.get(slot as number) : node.get(slot as string);
      const put = (v: Node) =>
        node instanceof ArrayNode ? node.entries.set(slot as number, v) : node.set(slot as string, v);
      if (last) {
        if (get() !== undefined && typeof get() !== 'string') {
          throw invalidParam(bracketPath(tokens), `Invalid value for ${bracketPath(tokens)}: it is also used as a hash.`);
        }
        put(value);
        break;
      }
      let child = get();
      if (child === undefined) {
        child = nextIsIndex ? new ArrayNode() : new Map<string, Node>();
        put(child);
      } else if (typeof child === 'string') {
        throw invalidParam(bracketPath(tokens.slice(0, i + 1)), `Invalid hash: ${bracketPath(tokens.slice(0, i + 1))}`);
      } else if (child instanceof ArrayNode && !nextIsIndex) {
        // `a[0]=x&a[k]=y`: a hash after all, with numeric keys.
        const map = new Map<string, Node>([...child.entries].map(([k, v]) => [String(k), v]));
        put(map);
        child = map;
      }
      node = child;
    }
  }
  return finish(root) as Form;
}

function finish(node: Node): FormValue {
  if (typeof node === 'string') return node;
  if (node instanceof ArrayNode) {
    return [...node.entries].sort(([a], [b]) => a - b).map(([, v]) => finish(v));
  }
  const out: { [key: string]: FormValue } = {};
  for (const [k, v] of node) out[k] = finish(v);
  return out;
}

/** The inverse, for tests and for the hosted page's own forms: `{ a: { b: ['x'] } }` → `a[b][0]=x`. */
export function encodeForm(data: Record<string, unknown>): string {
  const pairs: string[] = [];
  const walk = (key: string, value: unknown) => {
    if (value === undefined) return;
    if (value === null || typeof value !== 'object') {
      pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(value === null ? '' : String(value))}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(`${key}[${i}]`, v));
    } else {
      for (const [k, v] of Object.entries(value)) walk(`${key}[${k}]`, v);
    }
  };
  for (const [k, v] of Object.entries(data)) walk(k, v);
  return pairs.join('&');
}
