import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

export const FRAUD_RULE_KINDS = ['self_purchase', 'brushing', 'bot_click'] as const;
export type FraudRuleKind = (typeof FRAUD_RULE_KINDS)[number];

/**
 * The fraud rules as data: the platform turns them on and off and tunes them (brushing: more than `threshold`
 * orders from one buyer for one creator within `window_minutes`). The defaults are inserted by the migration.
 */
export const fraudRules = sqliteTable('fraud_rules', {
  kind: text('kind').$type<FraudRuleKind>().primaryKey(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull(),
  threshold: integer('threshold'),
  windowMinutes: integer('window_minutes'),
  updatedAt: integer('updated_at').notNull(),
});

export type FraudRule = typeof fraudRules.$inferSelect;
