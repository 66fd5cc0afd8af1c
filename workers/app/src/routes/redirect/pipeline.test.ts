import { describe, expect, it } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink } from '@xuanpin/db/test/link-factories';
import { call, db } from '../../../test/security';
import { visit } from './test-helpers';

// No captureClicks() here: clicks take the real way, redirect → waitUntil → Queue → consumer → D1.
describe('a click, end to end', () => {
  it('is counted on the analytics within seconds of the redirect, bots and repeats apart', async () => {
    const creator = await createTenant(db(), 'creator');
    const { link } = await createLink(db(), creator.org.id);
    const statuses = [];
    statuses.push((await visit(`/l/${link.code}`)).status);
    statuses.push((await visit(`/l/${link.code}`)).status); // the same visitor again: a duplicate
    statuses.push((await visit(`/l/${link.code}`, { headers: { 'cf-connecting-ip': '198.51.100.2' } })).status);
    statuses.push((await visit(`/l/${link.code}`, { headers: { 'user-agent': 'Twitterbot/1.0' } })).status);
    statuses.push((await visit(`/l/${link.code}`, { method: 'HEAD' })).status); // never recorded
    expect(statuses).toEqual([302, 302, 302, 302, 302]);
    let totals;
    for (let i = 0; i < 100; i++) {
      totals = (await call('GET', `/v1/analytics/links?linkId=${link.id}`, { key: creator.key })).body.totals;
      if (totals.counted + totals.bot + totals.duplicate >= 4) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(totals).toEqual({ counted: 2, bot: 1, duplicate: 1 });
  });
});
