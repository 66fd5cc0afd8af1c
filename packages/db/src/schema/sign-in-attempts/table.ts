import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * Failed sign-ins, kept only for the brute-force brake (a short window, then pruned). Keyed by a SHA-256 of the
 * lower-cased email, so unknown addresses typed by strangers are never stored in clear.
 */
export const signInAttempts = sqliteTable(
  'sign_in_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    emailHash: text('email_hash').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('sign_in_attempts_email_created').on(t.emailHash, t.createdAt), index('sign_in_attempts_created').on(t.createdAt)],
);
