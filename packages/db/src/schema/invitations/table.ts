import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import type { Role } from '@xuanpin/core';
import { organizations } from '../organizations/table';
import { users } from '../users/table';

/** Invitations to join an organization. The token is shown once to the inviter; only its hash is kept. */
export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id),
    email: text('email').notNull(),
    role: text('role').$type<Role>().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: text('invited_by').references(() => users.id),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    acceptedAt: integer('accepted_at'),
    acceptedBy: text('accepted_by').references(() => users.id),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('invitations_org').on(t.orgId)],
);

export type Invitation = typeof invitations.$inferSelect;
