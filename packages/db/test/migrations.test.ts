import { describe, expect, it } from 'vitest';
import { migratedDatabase, migrationStatements, rowCounts } from './database';

describe('migrations', () => {
  it('split into statements and create every table of the schema', async () => {
    expect(migrationStatements().length).toBeGreaterThan(0);
    const db = await migratedDatabase();
    expect(Object.keys(await rowCounts(db))).toEqual(
      expect.arrayContaining(['organizations', 'users', 'memberships', 'sessions', 'invitations', 'api_keys', 'audit_log']),
    );
  });
});
