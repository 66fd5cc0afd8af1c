/**
 * Idempotency keys, with Stripe's semantics: a POST's key remembers the first answer for 24 hours, per secret key and
 * Stripe-Account. The same key with the same parameters replays that answer (header `Idempotent-Replayed: true`);
 * with other parameters, or on another endpoint, it is a 400 `idempotency_error`. Answers Stripe does not save
 * (failed validation, authentication) leave the key free. GET and DELETE ignore keys, as on Stripe.
 */
import { idempotencyError, invalidParam } from './errors.ts';
import type { Store, IdempotencyRecord } from './store.ts';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const MAX_KEY_LENGTH = 255;

/** Parameters compared without regard to key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function checkKey(key: string): void {
  if (key.length > MAX_KEY_LENGTH) {
    throw invalidParam('Idempotency-Key', `Idempotency-Key must be at most ${MAX_KEY_LENGTH} characters long.`);
  }
}

export function scopeOf(secretKey: string, account: string | undefined, key: string): string {
  return `${secretKey}\u0000${account ?? ''}\u0000${key}`;
}

/** The saved answer to replay, or null when the key is new (or expired); throws on a conflicting reuse. */
export function lookup(store: Store, scope: string, key: string, method: string, path: string, params: string, now: number): IdempotencyRecord | null {
  const record = store.idempotency.get(scope);
  if (!record) return null;
  if (now - record.created_ms > IDEMPOTENCY_TTL_MS) {
    store.idempotency.delete(scope);
    return null;
  }
  if (record.method !== method || record.path !== path) {
    throw idempotencyError(
      `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${record.method} ${record.path}' vs '${method} ${path}'). Try using a key other than '${key}' if you meant to execute a different request.`,
    );
  }
  if (record.params !== params) {
    throw idempotencyError(
      `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    );
  }
  return record;
}

export function remember(store: Store, record: IdempotencyRecord): void {
  store.idempotency.insert(record);
}
