import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink } from '@xuanpin/db/test/link-factories';
import { call, db, BASE } from '../../../test/security';

describe('GET /v1/links/{id}/qr.svg', () => {
  it('draws the short URL as a QR code in SVG', async () => {
    const creator = await createTenant(db(), 'creator');
    const { link } = await createLink(db(), creator.org.id);
    const res = await call('GET', `/v1/links/${link.id}/qr.svg`, { key: creator.key });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1">/);
    // The drawn modules are those of the short URL's code (with the 4-module quiet zone), 8 px each.
    const qr = encode(`${BASE}/l/${link.code}`, { ecc: 'M', border: 4 });
    const dark = qr.data.flat().filter(Boolean).length;
    expect(res.text.match(/M\d+,\d+h8v8h-8z/g)).toHaveLength(dark);
    expect(res.text).toContain(`viewBox="0 0 ${qr.size * 8} ${qr.size * 8}"`);
  });
});
