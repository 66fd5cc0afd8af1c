import * as v from 'valibot';
import { CURRENCIES } from '@xuanpin/core';

/** The most one Checkout Session may charge (Stripe's limit, in minor units). */
export const MAX_TOP_UP = 99_999_999;

export const TopUpBody = v.pipe(
  v.strictObject({
    /** Integer minor units of `currency`. */
    amount: v.pipe(v.number('must be a number'), v.integer('must be a whole number of minor units'), v.minValue(1, 'must be at least 1'), v.maxValue(MAX_TOP_UP, `must be at most ${MAX_TOP_UP}`)),
    currency: v.picklist(CURRENCIES, `must be one of ${CURRENCIES.join(', ')}`),
    /** Retries with the same key answer the same Checkout Session (for 24 hours); other content with it: 409. */
    idempotencyKey: v.optional(v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(100, 'is at most 100 characters'))),
  }),
  v.metadata({ ref: 'TopUpRequest' }),
);

export const TopUpSession = v.pipe(
  v.object({
    /** The Stripe Checkout Session (`cs_…`). */
    id: v.string(),
    /** Where to send the merchant's browser to pay. */
    url: v.string(),
    amount: v.number(),
    currency: v.string(),
  }),
  v.metadata({ ref: 'TopUpSession' }),
);
