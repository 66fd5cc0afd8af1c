import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { organizations } from '../organizations/table';

export const IMPORT_STATUSES = ['pending', 'processing', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface RejectedRow {
  row: number;
  field: string;
  reason: string;
}

/**
 * A CSV import. The upload is parsed and stored as chunks of rows; chunks are processed in batches (queue or
 * follow-up calls) so a 10,000-row file stays inside the Worker's limits, and the counters show progress.
 */
export const importJobs = sqliteTable(
  'import_jobs',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => organizations.id),
    kind: text('kind').notNull(),
    filename: text('filename').notNull(),
    /** SHA-256 of the file: the same file uploaded again is recognised. */
    contentHash: text('content_hash').notNull(),
    status: text('status').$type<ImportStatus>().notNull(),
    totalRows: integer('total_rows').notNull(),
    processedRows: integer('processed_rows').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    rejectedRows: text('rejected_rows', { mode: 'json' }).$type<RejectedRow[]>().notNull(),
    createdAt: integer('created_at').notNull(),
    finishedAt: integer('finished_at'),
  },
  (t) => [index('import_jobs_org').on(t.orgId, t.id)],
);

/** Rows waiting to be applied, in chunks of a few hundred. */
export const importChunks = sqliteTable(
  'import_chunks',
  {
    jobId: text('job_id').notNull().references(() => importJobs.id),
    seq: integer('seq').notNull(),
    /** JSON array of `{ row, values }` already parsed from the CSV. */
    rows: text('rows', { mode: 'json' }).$type<{ row: number; values: Record<string, string> }[]>().notNull(),
    doneAt: integer('done_at'),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.seq] })],
);

export type ImportJob = typeof importJobs.$inferSelect;
