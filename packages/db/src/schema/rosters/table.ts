import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations } from '../organizations/table';

export const ROSTER_STATUSES = ['invited', 'active', 'declined', 'removed'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

/** A provider's roster of creators: invited → active (accepted) or declined; active → removed. */
export const rosterMembers = sqliteTable(
  'roster_members',
  {
    id: text('id').primaryKey(),
    providerOrgId: text('provider_org_id').notNull().references(() => organizations.id),
    creatorOrgId: text('creator_org_id').notNull().references(() => organizations.id),
    status: text('status').$type<RosterStatus>().notNull(),
    note: text('note'),
    invitedAt: integer('invited_at').notNull(),
    respondedAt: integer('responded_at'),
    removedAt: integer('removed_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('roster_provider_creator').on(t.providerOrgId, t.creatorOrgId), index('roster_creator').on(t.creatorOrgId, t.status)],
);

export type RosterMember = typeof rosterMembers.$inferSelect;
