import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { csvOf, isolateImports, row, upload } from './test-helpers';

isolateImports();

describe('GET /v1/imports', () => {
  it("lists the merchant's imports newest first, without reports, paged", async () => {
    const t = await createTenant(db());
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await upload(t.key, csvOf([row({ sku_code: `L-${i}`, price: '-1' })]))).body.id);
    const other = await createTenant(db());
    const foreign = (await upload(other.key, csvOf([row()]))).body.id;
    const first = await call('GET', '/v1/imports?limit=2', { key: t.key });
    expect(first.status, first.text).toBe(200);
    expect(first.body.data.map((j: any) => j.id)).toEqual([ids[2], ids[1]]);
    expect(first.body.data[0]).not.toHaveProperty('rejectedRows');
    expect(first.body.data[0]).toMatchObject({ filename: 'test.csv', totalRows: 1, status: 'pending' });
    const second = await call('GET', `/v1/imports?limit=2&cursor=${first.body.nextCursor}`, { key: t.key });
    expect(second.body).toEqual({ data: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    expect(first.text + second.text).not.toContain(foreign);
  });

  it('refuses an unknown parameter', async () => {
    const t = await createTenant(db());
    const res = await call('GET', '/v1/imports?status=done', { key: t.key });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.path).toBe('status');
  });
});
