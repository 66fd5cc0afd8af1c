import { eq } from 'drizzle-orm';
import { isId } from '@xuanpin/core';
import { describe, expect, it } from 'vitest';
import { organizations, platformFees } from '../src/schema';
import { PLATFORM_ORGANIZATION } from '../src/platform';
import { migratedDatabase, migrationStatements, rowCounts } from './database';

describe('migrations', () => {
  it('split into statements and create every table of the schema', async () => {
    expect(migrationStatements().length).toBeGreaterThan(0);
    const db = await migratedDatabase();
    expect(Object.keys(await rowCounts(db))).toEqual(
      expect.arrayContaining(['organizations', 'users', 'memberships', 'sessions', 'invitations', 'api_keys', 'audit_log']),
    );
  });

  it('give a fresh deployment what recording an order needs: the one platform organization and a platform fee', async () => {
    const db = await migratedDatabase();
    const platforms = await db.select().from(organizations).where(eq(organizations.kind, 'platform'));
    expect(platforms).toEqual([expect.objectContaining({ id: PLATFORM_ORGANIZATION.id, slug: PLATFORM_ORGANIZATION.slug })]);
    expect(isId('organization', PLATFORM_ORGANIZATION.id)).toBe(true);
    expect(await db.select().from(platformFees)).toEqual([expect.objectContaining({ version: 1, feeBps: 1000 })]);
  });
});
