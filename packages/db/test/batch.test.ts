import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import { organizations, users } from '../src/schema';
import { createOrg } from '../src/test/factories';
import { failureOf, migratedDatabase } from './database';

/** D1 has no interactive transactions: `db.batch` is the unit of atomicity, and it must be atomic on libSQL too. */
describe('db.batch', () => {
  let db: Awaited<ReturnType<typeof migratedDatabase>>;
  beforeAll(async () => {
    db = await migratedDatabase();
  });

  const orgRow = (slug: string) => {
    const now = Date.now();
    return { id: newId('organization', now), name: slug, slug, kind: 'merchant' as const, locale: 'en', createdAt: now, updatedAt: now };
  };

  it('commits every statement when all succeed', async () => {
    const a = orgRow('batch-ok-a');
    const b = orgRow('batch-ok-b');
    await db.batch([db.insert(organizations).values(a), db.insert(organizations).values(b)]);
    const rows = await db.select().from(organizations).where(eq(organizations.name, a.name));
    expect(rows).toHaveLength(1);
    expect(await db.select().from(organizations).where(eq(organizations.slug, b.slug))).toHaveLength(1);
  });

  it('rolls back the earlier statements when a later one fails', async () => {
    const taken = await createOrg(db);
    const fresh = orgRow('batch-rolled-back');
    const now = Date.now();
    const failing = db.batch([
      db.insert(organizations).values(fresh),
      db.insert(users).values({ id: newId('user'), email: 'batch@example.test', name: 'Batch', passwordHash: 'x', createdAt: now, updatedAt: now }),
      db.insert(organizations).values({ ...orgRow('x'), slug: taken.slug }),
    ]);
    expect(await failureOf(failing)).toMatch(/UNIQUE constraint failed: organizations\.slug/);
    expect(await db.select().from(organizations).where(eq(organizations.slug, fresh.slug))).toHaveLength(0);
    expect(await db.select().from(users).where(eq(users.email, 'batch@example.test'))).toHaveLength(0);
  });
});
