import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { users } from '../users/table';
import { organizations } from '../organizations/table';

/** Web sessions. Only a SHA-256 hash of the cookie token is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: text('user_id').notNull().references(() => users.id),
    activeOrgId: text('active_org_id').references(() => organizations.id),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    /** Absolute expiry; the idle expiry is lastSeenAt + idle timeout. */
    expiresAt: integer('expires_at').notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export type Session = typeof sessions.$inferSelect;
