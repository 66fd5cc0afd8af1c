import * as v from 'valibot';
import { SCOPES } from '@xuanpin/core';
import { ScopeSchema, Timestamp, Page } from '../../schemas/common';

/** An API key as the API shows it: never the hash; the secret only in `CreatedApiKey`. */
export const ApiKey = v.pipe(
  v.object({
    id: v.string(),
    name: v.string(),
    start: v.pipe(v.string(), v.description('The first characters of the key, to recognise it.')),
    scopes: v.array(ScopeSchema),
    createdAt: Timestamp,
    expiresAt: v.pipe(v.nullable(Timestamp), v.description('After this the key stops working (set by rotation).')),
    lastUsedAt: v.pipe(v.nullable(Timestamp), v.description('Updated at most once a minute.')),
    revokedAt: v.nullable(Timestamp),
    rotatedFrom: v.pipe(v.nullable(v.string()), v.description('The key this one replaced.')),
  }),
  v.metadata({ ref: 'ApiKey' }),
);

export const CreatedApiKey = v.pipe(
  v.object({
    ...ApiKey.entries,
    key: v.pipe(v.string(), v.description('The secret, `xpk_…`. Shown only in this response: store it now.')),
  }),
  v.metadata({ ref: 'CreatedApiKey' }),
);

export const ApiKeyPage = Page(ApiKey, 'ApiKeyPage');

export const CreateApiKeyBody = v.pipe(
  v.strictObject({
    name: v.pipe(v.string(), v.trim(), v.minLength(1, 'name must not be empty'), v.maxLength(100, 'name is at most 100 characters')),
    scopes: v.pipe(
      v.array(v.picklist(SCOPES as [string, ...string[]], `each scope must be one of ${SCOPES.join(', ')}`)),
      v.minLength(1, 'give at least one scope'),
      v.check((s) => new Set(s).size === s.length, 'scopes must not repeat'),
    ),
    expiresAt: v.optional(v.pipe(Timestamp, v.description('Milliseconds since the epoch, in the future.'))),
  }),
  v.metadata({ ref: 'CreateApiKey' }),
);

export const RotateApiKeyBody = v.pipe(
  v.strictObject({
    overlapSeconds: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(604_800), v.description('How long the old key keeps working (default 86400).')),
    ),
  }),
  v.metadata({ ref: 'RotateApiKey' }),
);
