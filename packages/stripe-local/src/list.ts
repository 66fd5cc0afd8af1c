/**
 * Stripe's list envelope and cursor pagination: newest first, `limit` (1–100, default 10), `starting_after` (the page
 * after an id), `ending_before` (the page before it), `created` (an integer or `{gt,gte,lt,lte}`).
 */
import { invalidParam, invalidRequest } from './errors.ts';
import type { FormValue } from './form.ts';
import type { Params } from './params.ts';
import type { ListObject } from './types.ts';

export function list<T extends { id: string; created: number }>(
  newestFirst: T[],
  params: Params,
  url: string,
  objectName: string,
  /** The endpoint's own filters (type, payment_intent…); cursors may name rows they leave out. */
  keep: (row: T) => boolean = () => true,
): ListObject<T> {
  const created = createdFilter(params.created);
  const rows = newestFirst.filter((row) => created(row) && keep(row));
  const limit: number = params.limit ?? 10;
  if (params.starting_after && params.ending_before) {
    throw invalidRequest('You may only specify one of these parameters: ending_before, starting_after.');
  }
  if (params.starting_after) {
    const after = rows.slice(cursor(newestFirst, rows, params.starting_after, 'starting_after', objectName).olderFrom);
    return { object: 'list', data: after.slice(0, limit), has_more: after.length > limit, url };
  }
  if (params.ending_before) {
    const before = rows.slice(0, cursor(newestFirst, rows, params.ending_before, 'ending_before', objectName).newerTo);
    return { object: 'list', data: before.slice(Math.max(0, before.length - limit)), has_more: before.length > limit, url };
  }
  return { object: 'list', data: rows.slice(0, limit), has_more: rows.length > limit, url };
}

/**
 * Where a cursor splits the filtered rows: `rows.slice(0, newerTo)` are newer than it, `rows.slice(olderFrom)` older.
 * A cursor the filter leaves out still splits them by its place among all rows.
 */
function cursor<T extends { id: string }>(all: T[], rows: T[], id: string, param: string, objectName: string) {
  const index = rows.findIndex((r) => r.id === id);
  if (index >= 0) return { newerTo: index, olderFrom: index + 1 };
  const position = all.findIndex((r) => r.id === id);
  if (position < 0) throw invalidParam(param, `No such ${objectName}: '${id}'`, 'resource_missing');
  const newer = new Set(all.slice(0, position).map((r) => r.id));
  const count = rows.filter((r) => newer.has(r.id)).length;
  return { newerTo: count, olderFrom: count };
}

function createdFilter(raw: FormValue | undefined): (row: { created: number }) => boolean {
  if (raw === undefined) return () => true;
  const int = (value: FormValue, param: string): number => {
    if (typeof value !== 'string' || !/^\d+$/.test(value)) {
      throw invalidParam(param, `Invalid integer: ${String(value)}`, 'parameter_invalid_integer');
    }
    return Number(value);
  };
  if (typeof raw === 'string') {
    const at = int(raw, 'created');
    return (row) => row.created === at;
  }
  if (Array.isArray(raw)) throw invalidParam('created', 'Invalid hash', 'parameter_invalid_hash');
  const tests: ((c: number) => boolean)[] = [];
  for (const [op, value] of Object.entries(raw)) {
    const n = int(value, `created[${op}]`);
    if (op === 'gt') tests.push((c) => c > n);
    else if (op === 'gte') tests.push((c) => c >= n);
    else if (op === 'lt') tests.push((c) => c < n);
    else if (op === 'lte') tests.push((c) => c <= n);
    else throw invalidParam(`created[${op}]`, `Received unknown parameter: created[${op}]`, 'parameter_unknown');
  }
  return (row) => tests.every((t) => t(row.created));
}
