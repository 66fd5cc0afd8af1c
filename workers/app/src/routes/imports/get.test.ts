import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { call, db } from '../../../test/security';
import { csvOf, isolateImports, row, runToEnd, upload } from './test-helpers';

isolateImports();

describe('GET /v1/imports/{id}', () => {
  it('shows progress, then the counts and the rejected rows in file order', async () => {
    const t = await createTenant(db());
    const rows = Array.from({ length: 600 }, (_, i) => row({ sku_code: `P-${i}`, product_title: `P ${i}`, price: i % 100 === 7 ? '-1' : '10' }));
    const { body } = await upload(t.key, csvOf(rows));
    const first = await call('POST', `/v1/imports/${body.id}/continue?chunks=1`, { key: t.key });
    expect(first.body).toMatchObject({ status: 'processing', processedRows: 250 });
    const seen = await call('GET', `/v1/imports/${body.id}`, { key: t.key });
    expect(seen.status, seen.text).toBe(200);
    expect(seen.body).toEqual(first.body);
    const done = await runToEnd(t.key, body.id);
    expect(done).toMatchObject({ status: 'done', processedRows: 600, created: 594, rejected: 6 });
    expect(done.rejectedRows.map((r: any) => r.row)).toEqual([9, 109, 209, 309, 409, 509]);
  });

  it("answers 404 for an unknown id and for another merchant's import", async () => {
    const t = await createTenant(db());
    const { body } = await upload(t.key, csvOf([row()]));
    const stranger = await createTenant(db());
    const res = await call('GET', `/v1/imports/${body.id}`, { key: stranger.key });
    expect(res.status, res.text).toBe(404);
    expect((await call('GET', '/v1/imports/imp_00000000000000000000000000', { key: t.key })).status).toBe(404);
  });
});
