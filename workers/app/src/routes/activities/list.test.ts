import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { insertActivity } from '@xuanpin/db/test/marketplace-factories';
import { call, db } from '../../../test/security';

describe('GET /v1/activities', () => {
  it("lists the provider's own activities, newest first, by status, in stable pages", async () => {
    const p = await createTenant(db(), 'provider');
    const other = await createTenant(db(), 'provider');
    const a = await insertActivity(db(), p.org.id, { status: 'draft' });
    const b = await insertActivity(db(), p.org.id);
    const c = await insertActivity(db(), p.org.id);
    const foreign = await insertActivity(db(), other.org.id);
    const all = await call('GET', '/v1/activities', { key: p.key });
    expect(all.status, all.text).toBe(200);
    expect(all.body.data.map((x: any) => x.id)).toEqual([c.id, b.id, a.id]);
    expect(all.text).not.toContain(foreign.id);
    const drafts = await call('GET', '/v1/activities?status=draft', { key: p.key });
    expect(drafts.body.data.map((x: any) => x.id)).toEqual([a.id]);
    const page1 = await call('GET', '/v1/activities?limit=2', { key: p.key });
    expect(page1.body.nextCursor).toBe(b.id);
    const page2 = await call('GET', `/v1/activities?limit=2&cursor=${page1.body.nextCursor}`, { key: p.key });
    expect(page2.body).toMatchObject({ data: [{ id: a.id }], nextCursor: null });
  });

  it('is for providers', async () => {
    const m = await createTenant(db(), 'merchant');
    expect((await call('GET', '/v1/activities', { key: m.key })).status).toBe(403);
  });
});
