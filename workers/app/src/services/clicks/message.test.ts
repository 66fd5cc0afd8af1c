import { describe, expect, it } from 'vitest';
import { newId } from '@xuanpin/core';
import { MAX_MESSAGE_BYTES, packClicks, unpackClicks, type Visit } from './message';

const facts = (n: number) => ({
  linkId: `lnk_${n}`,
  creatorOrgId: 'org_creator',
  offerId: `enr_${n}`,
  activityId: 'act_1',
  productId: 'prd_1',
  providerOrgId: 'org_provider',
  merchantOrgId: 'org_merchant',
});

function visit(i: number, link = 0): Visit {
  return {
    id: newId('click', 1_800_000_000_000 + i),
    at: 1_800_000_000_000 + i,
    facts: facts(link),
    ip: `2001:db8::${i.toString(16)}`,
    userAgent: `Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 XHS/${i}`,
    referrer: i % 3 ? null : `https://www.xiaohongshu.com/explore/${i}`,
    country: i % 2 ? 'CN' : null,
  };
}

describe('click messages', () => {
  it('split many clicks into messages under the size limit, each carrying the links it needs, nothing lost or reordered', () => {
    const visits = Array.from({ length: 3_000 }, (_, i) => visit(i, i % 7));
    const messages = packClicks(visits);
    expect(messages.length).toBeGreaterThan(3);
    // Queue bodies are V8-serialized: one byte a character for these (all below 0x100), so the JSON length bounds them.
    for (const m of messages) expect(JSON.stringify(m).length).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    const back = messages.flatMap((m) => unpackClicks(m)!);
    expect(back.map((c) => c.id)).toEqual(visits.map((v) => v.id));
    expect(back.map((c) => c.linkId)).toEqual(visits.map((v) => v.facts.linkId));
    expect(back[3]).toEqual({
      id: visits[3].id,
      linkId: 'lnk_3',
      creatorOrgId: 'org_creator',
      offerId: 'enr_3',
      providerOrgId: 'org_provider',
      merchantOrgId: 'org_merchant',
      at: visits[3].at,
      ip: visits[3].ip,
      userAgent: visits[3].userAgent,
      referrer: 'https://www.xiaohongshu.com/explore/3',
      country: 'CN',
    });
  });

  it('cut an over-long IP, user agent, referrer or country, instead of making the whole message unreadable', () => {
    const v = { ...visit(1), ip: '1'.repeat(100), userAgent: 'u'.repeat(2_000), referrer: 'r'.repeat(2_000), country: 'XXXXXXXXXXXX' };
    const [c] = unpackClicks(packClicks([v])[0])!;
    expect([c.ip.length, c.userAgent!.length, c.referrer!.length, c.country]).toEqual([64, 512, 500, 'XXXXXXXX']);
  });

  it('answer nothing for nothing', () => {
    expect(packClicks([])).toEqual([]);
  });
});
