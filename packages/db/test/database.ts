import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll } from 'vitest';
import { libsqlDatabase } from '../src/client';

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../migrations');

/** The statements of the real migrations, in order, split the way drizzle-kit writes them. */
export function migrationStatements(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .flatMap((f) => readFileSync(path.join(MIGRATIONS_DIR, f), 'utf8').split('--> statement-breakpoint'))
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A fresh in-memory libSQL database with every migration applied, closed after the file's tests.
 * libSQL keeps `:memory:` on a single connection, so the pragma holds for every later statement;
 * foreign keys are on because D1 enforces them.
 */
export async function migratedDatabase() {
  const db = libsqlDatabase(':memory:');
  await db.$libsql.execute('PRAGMA foreign_keys = ON');
  for (const statement of migrationStatements()) await db.$libsql.execute(statement);
  afterAll(() => db.$libsql.close());
  return db;
}

/** Row counts of every table, to tell whether something was added. */
export async function rowCounts(db: Awaited<ReturnType<typeof migratedDatabase>>): Promise<Record<string, number>> {
  const tables = await db.$libsql.execute(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '\\_cf%' escape '\\' order by name",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await db.$libsql.execute(`select count(*) as n from "${String(name)}"`);
    counts[String(name)] = Number(result.rows[0].n);
  }
  return counts;
}

/** The message of the error a promise rejects with, including its causes (drizzle wraps the driver's error). */
export async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const messages: string[] = [];
    for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message);
    return messages.join(' <- ');
  }
  throw new Error('expected the promise to reject, it resolved');
}
