/** Stripe-looking ids: a type prefix and random base62 characters (Stripe's own lengths, roughly). */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function randomBase62(length: number): string {
  // 248 is the largest multiple of 62 below 256: rejecting bytes above it keeps every character equally likely.
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

/** Prefix → length of the random part, as seen on test-mode objects. */
const SHAPES = {
  cs_test: 58, // checkout.session
  pi: 24, // payment_intent
  ch: 24, // charge
  re: 24, // refund
  evt: 24, // event
  acct: 16, // account
  tr: 24, // transfer
  trr: 24, // transfer_reversal
  pm: 24, // payment_method
  ba: 24, // bank_account (external account of a connected account)
  price: 24,
  prod: 14,
  li: 24, // line item
  txn: 24, // balance transaction (never retrievable here)
  py: 24, // the payment a transfer creates on the connected account
  pyr: 24,
  req: 14, // request id
  we: 24, // webhook endpoint
  dlv: 16, // one webhook delivery attempt (this server's own log)
  link: 24, // account link token (this server's own)
} as const;

export type IdKind = keyof typeof SHAPES;

export function newId(kind: IdKind): string {
  return `${kind}_${randomBase62(SHAPES[kind])}`;
}

export function newWebhookSecret(): string {
  return `whsec_${randomBase62(32)}`;
}
