import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organizations } from '../organizations/table';
import { users } from '../users/table';

/** Organization API keys. Only the SHA-256 hash (unique) and the first characters for display are stored. */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    hash: text('hash').notNull().unique(),
    start: text('start').notNull(),
    /** JSON array of scopes such as "catalog:read". */
    scopes: text('scopes', { mode: 'json' }).$type<string[]>().notNull(),
    createdBy: text('created_by').references(() => users.id),
    createdAt: integer('created_at').notNull(),
    /** Set when the key is rotated: the old key keeps working until then. */
    expiresAt: integer('expires_at'),
    revokedAt: integer('revoked_at'),
    lastUsedAt: integer('last_used_at'),
    /** The key this one replaced through rotation. */
    rotatedFrom: text('rotated_from'),
  },
  (t) => [index('api_keys_org').on(t.orgId)],
);

export type ApiKey = typeof apiKeys.$inferSelect;
