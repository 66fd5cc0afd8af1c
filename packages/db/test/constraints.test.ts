import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@xuanpin/core';
import { apiKeys, organizations, users } from '../src/schema';
import { addMember, createApiKey, createOrg, createUser } from '../src/test/factories';
import { failureOf, migratedDatabase } from './database';

describe('unique constraints', () => {
  let db: Awaited<ReturnType<typeof migratedDatabase>>;
  beforeAll(async () => {
    db = await migratedDatabase();
  });

  it('reject a second organization with the same slug', async () => {
    const org = await createOrg(db);
    const duplicate = db.insert(organizations).values({ ...org, id: newId('organization'), name: 'Another name' });
    expect(await failureOf(duplicate)).toMatch(/UNIQUE constraint failed: organizations\.slug/);
  });

  it('reject a second user with the same email', async () => {
    const user = await createUser(db);
    const duplicate = db.insert(users).values({ ...user, id: newId('user') });
    expect(await failureOf(duplicate)).toMatch(/UNIQUE constraint failed: users\.email/);
  });

  it('reject a second membership of the same user in the same organization', async () => {
    const org = await createOrg(db);
    const user = await createUser(db);
    await addMember(db, org.id, user.id, 'owner');
    expect(await failureOf(addMember(db, org.id, user.id, 'viewer'))).toMatch(/UNIQUE constraint failed: memberships/);
  });

  it('reject two keys with the same hash', async () => {
    const org = await createOrg(db);
    const { key: _secret, ...row } = await createApiKey(db, org.id);
    const duplicate = db.insert(apiKeys).values({ ...row, id: newId('apiKey') });
    expect(await failureOf(duplicate)).toMatch(/UNIQUE constraint failed: api_keys\.hash/);
  });

  it('reject a membership of an organization that does not exist (foreign keys, as on D1)', async () => {
    const user = await createUser(db);
    expect(await failureOf(addMember(db, newId('organization'), user.id))).toMatch(/FOREIGN KEY constraint failed/);
  });
});
