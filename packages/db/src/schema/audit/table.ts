import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { organizations } from '../organizations/table';

/** Append-only audit trail of security- and money-relevant actions. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id),
    /** `usr_…` or `key_…` */
    actorId: text('actor_id'),
    action: text('action').notNull(),
    targetId: text('target_id'),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>(),
    requestId: text('request_id'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('audit_org_created').on(t.orgId, t.createdAt)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
