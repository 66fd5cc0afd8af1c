import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink } from '@xuanpin/db/test/link-factories';
import { call, db } from '../../../test/security';

describe('POST /v1/links/{id}/disable and /enable', () => {
  it('switches a link off and on; doing it twice changes nothing the second time', async () => {
    const creator = await createTenant(db(), 'creator');
    const { link } = await createLink(db(), creator.org.id);
    const off = await call('POST', `/v1/links/${link.id}/disable`, { key: creator.key });
    expect(off.status, off.text).toBe(200);
    expect(off.body.status).toBe('disabled');
    const offAgain = await call('POST', `/v1/links/${link.id}/disable`, { key: creator.key });
    expect(offAgain.body).toEqual(off.body);
    const on = await call('POST', `/v1/links/${link.id}/enable`, { key: creator.key });
    expect(on.body.status).toBe('active');
    expect((await call('POST', `/v1/links/${link.id}/enable`, { key: creator.key })).body).toEqual(on.body);
  });

  it("is 404 for someone else's link, which stays as it was", async () => {
    const owner = await createTenant(db(), 'creator');
    const other = await createTenant(db(), 'creator');
    const { link } = await createLink(db(), owner.org.id);
    expect((await call('POST', `/v1/links/${link.id}/disable`, { key: other.key })).status).toBe(404);
    expect((await call('GET', `/v1/links/${link.id}`, { key: owner.key })).body.status).toBe('active');
  });
});
