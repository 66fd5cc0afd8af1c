/**
 * Parameter specs, validated the way Stripe answers: a missing required field → `parameter_missing`, an unknown
 * one → `parameter_unknown`, a non-integer → `parameter_invalid_integer`, each naming the field in bracket notation
 * (`line_items[0][price_data][unit_amount]`). Valid input comes back typed (integers as numbers, booleans as booleans,
 * currencies lower-cased).
 */
import { invalidParam, missingParam } from './errors.ts';
import type { FormValue } from './form.ts';
import { isSupportedCurrency } from './currencies.ts';

export type Spec =
  | { type: 'string'; required?: boolean; max?: number; oneOf?: readonly string[]; format?: 'url' | 'email'; prefix?: string }
  | { type: 'integer'; required?: boolean; min?: number; max?: number }
  | { type: 'boolean'; required?: boolean }
  | { type: 'currency'; required?: boolean }
  | { type: 'metadata' }
  | { type: 'hash'; required?: boolean; fields: Fields }
  | { type: 'array'; required?: boolean; of: Spec; max?: number }
  /** Accepted as sent (strings, nested), for the few parameters a handler reads itself. */
  | { type: 'raw' };

export type Fields = Record<string, Spec>;
export type Params = Record<string, any>;

/** Every endpoint accepts `expand[]`. */
const COMMON: Fields = { expand: { type: 'array', of: { type: 'string' }, max: 20 } };

export function validate(raw: Record<string, FormValue>, fields: Fields): Params {
  return hash(raw, { ...COMMON, ...fields }, '');
}

function name(parent: string, key: string): string {
  return parent === '' ? key : `${parent}[${key}]`;
}

function hash(raw: FormValue, fields: Fields, path: string): Params {
  if (typeof raw === 'string' || Array.isArray(raw)) {
    throw invalidParam(path, `Invalid hash`, 'parameter_invalid_hash');
  }
  for (const key of Object.keys(raw)) {
    if (!(key in fields)) {
      throw invalidParam(name(path, key), `Received unknown parameter: ${name(path, key)}`, 'parameter_unknown');
    }
  }
  const out: Params = {};
  for (const [key, spec] of Object.entries(fields)) {
    const value = one(raw[key], spec, name(path, key));
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function emptyString(path: string) {
  return invalidParam(
    path,
    `You passed an empty string for '${path}'. We assume empty values are an attempt to unset a parameter; however '${path}' cannot be unset. You should remove '${path}' from your request or supply a non-empty value.`,
    'parameter_invalid_empty',
  );
}

function one(raw: FormValue | undefined, spec: Spec, path: string): unknown {
  if (spec.type === 'raw') return raw;
  if (raw === undefined) {
    if ('required' in spec && spec.required) throw missingParam(path);
    return undefined;
  }
  switch (spec.type) {
    case 'hash':
      return hash(raw, spec.fields, path);
    case 'array': {
      if (!Array.isArray(raw)) {
        if (raw === '' && !spec.required) return [];
        throw invalidParam(path, `Invalid array`, 'parameter_invalid_array');
      }
      if (spec.max !== undefined && raw.length > spec.max) {
        throw invalidParam(path, `Invalid ${path}: must have at most ${spec.max} elements`);
      }
      if (spec.required && raw.length === 0) throw missingParam(path);
      return raw.map((item, i) => one(item, spec.of, `${path}[${i}]`));
    }
    case 'metadata':
      return metadata(raw, path);
  }
  if (typeof raw !== 'string') throw invalidParam(path, `Invalid ${path}: expected a single value, not a hash or array`);
  if (raw === '') throw emptyString(path);
  switch (spec.type) {
    case 'string': {
      if (spec.oneOf && !spec.oneOf.includes(raw)) {
        throw invalidParam(path, `Invalid ${path}: must be one of ${listWords(spec.oneOf)}`);
      }
      if (spec.max !== undefined && raw.length > spec.max) {
        throw invalidParam(path, `Invalid ${path}: must be at most ${spec.max} characters`, 'parameter_invalid_string');
      }
      if (spec.format === 'url' && !isUrl(raw)) throw invalidParam(path, 'Not a valid URL', 'url_invalid');
      if (spec.format === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)) {
        throw invalidParam(path, `Invalid email address: ${raw}`, 'email_invalid');
      }
      if (spec.prefix && !raw.startsWith(spec.prefix)) {
        throw invalidParam(path, `Invalid ${path}: must be an id starting with '${spec.prefix}'`);
      }
      return raw;
    }
    case 'integer': {
      if (!/^-?\d+$/.test(raw)) throw invalidParam(path, `Invalid integer: ${raw}`, 'parameter_invalid_integer');
      const n = Number(raw);
      if (!Number.isSafeInteger(n)) throw invalidParam(path, `Invalid integer: ${raw}`, 'parameter_invalid_integer');
      if (spec.min !== undefined && n < spec.min) {
        throw invalidParam(path, `This value must be greater than or equal to ${spec.min}.`, 'parameter_invalid_integer');
      }
      if (spec.max !== undefined && n > spec.max) {
        throw invalidParam(path, `This value must be less than or equal to ${spec.max}.`, 'parameter_invalid_integer');
      }
      return n;
    }
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw invalidParam(path, `Invalid boolean: ${raw}`);
      return raw === 'true';
    case 'currency':
      if (!isSupportedCurrency(raw)) {
        throw invalidParam(path, `Invalid currency: ${raw.toLowerCase()}. Stripe currently supports these currencies: see https://stripe.com/docs/currencies`);
      }
      return raw.toLowerCase();
  }
}

/** Up to 50 keys of ≤ 40 characters, values ≤ 500 characters; an empty value unsets the key (kept as null here). */
function metadata(raw: FormValue, path: string): Record<string, string | null> {
  if (raw === '') return {};
  if (typeof raw === 'string') throw invalidParam(path, 'Invalid hash', 'parameter_invalid_hash');
  const entries = Array.isArray(raw) ? raw.map((v, i) => [String(i), v] as const) : Object.entries(raw);
  if (entries.length > 50) throw invalidParam(path, 'Metadata can have up to 50 keys.');
  const out: Record<string, string | null> = {};
  for (const [key, value] of entries) {
    const p = `${path}[${key}]`;
    if (typeof value !== 'string') throw invalidParam(p, `Invalid ${p}: metadata values must be strings`);
    if (key.length > 40) throw invalidParam(p, 'Metadata keys can be up to 40 characters long.');
    if (value.length > 500) throw invalidParam(p, 'Metadata values can be up to 500 characters long.');
    out[key] = value === '' ? null : value;
  }
  return out;
}

/** Applies an update: a null value (sent as an empty string) removes the key. */
export function mergeMetadata(current: Record<string, string>, update: Record<string, string | null> | undefined) {
  const next = { ...current };
  for (const [k, v] of Object.entries(update ?? {})) {
    if (v === null) delete next[k];
    else next[k] = v;
  }
  return next;
}

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')}, or ${words[words.length - 1]}`;
}

/** The list endpoints' shared parameters. */
export const LIST_FIELDS: Fields = {
  limit: { type: 'integer', min: 1, max: 100 },
  starting_after: { type: 'string' },
  ending_before: { type: 'string' },
  created: { type: 'raw' },
};
