import { describe, expect, it } from 'vitest';
import { newId } from '@xuanpin/core';
import { MAX_MESSAGE_BYTES, isClicksBody, packClicks, unpackClicks, type Visit } from './message';

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
    for (const m of messages) expect(m.byteLength).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    // Full: a message ends only when the next click might not fit.
    expect(messages.slice(0, -1).every((m) => m.byteLength > MAX_MESSAGE_BYTES - 2_000)).toBe(true);
    // The consumer gets the bytes as an ArrayBuffer.
    const back = messages.flatMap((m) => unpackClicks(m.slice().buffer)!);
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

  it('carry any text a header can hold: CJK, emoji, and a lone surrogate as U+FFFD', () => {
    const v = { ...visit(2), userAgent: 'Mozilla/5.0 小红书/8.61 😀', referrer: 'https://example.cn/选品?q=茶', country: '\ud800X' };
    const [c] = unpackClicks(packClicks([v])[0])!;
    expect([c.userAgent, c.referrer, c.country]).toEqual([v.userAgent, v.referrer, '\ufffdX']);
    // A 512-unit user agent of 3-byte characters still fits one message.
    const wide = { ...visit(3), userAgent: '茶'.repeat(600) };
    expect(unpackClicks(packClicks([wide])[0])![0].userAgent).toBe('茶'.repeat(512));
  });

  it('read a malformed message as null, never as partial clicks', () => {
    const v = visit(4);
    const [m] = packClicks([v]);
    const linkBytes = [v.facts.linkId, v.facts.creatorOrgId, v.facts.offerId, v.facts.providerOrgId, v.facts.merchantOrgId].reduce((n, s) => n + 2 + s.length, 1);
    const click = 4 + linkBytes;
    const patched = (at: number, bytes: number[]) => {
      const copy = m.slice();
      copy.set(bytes, at);
      return copy;
    };
    expect(unpackClicks(m)).toHaveLength(1);
    expect(unpackClicks(m.slice(0, m.length - 1))).toBeNull(); // cut short
    expect(unpackClicks(patched(click + 1, [7, 0]))).toBeNull(); // a link the message does not have
    expect(unpackClicks(patched(click, [9]))).toBeNull(); // an unknown record
    expect(unpackClicks(patched(click + 11 + 2, [0xff]))).toBeNull(); // a click id that is not UTF-8
    expect(unpackClicks(patched(click + 3, [1, 0, 0, 0, 0, 0, 0xf8, 0x7f]))).toBeNull(); // `at` not a whole number (NaN)
    expect(unpackClicks(new Uint8Array([...m, 2]))).toBeNull(); // a trailing partial click
    const uaAt = click + 11 + 2 + v.id.length + 2 + v.ip.length;
    expect(unpackClicks(patched(uaAt, [1, 0]))).toBeNull(); // a user agent sharing more than the one before it had
    expect(isClicksBody(patched(3, [1]))).toBe(false); // a version this reader does not know
    expect(isClicksBody(patched(3, [4]))).toBe(false);
    expect(unpackClicks({ type: 'clicks', links: [], clicks: [] })).toBeNull(); // the old tuple form
  });

  it('write a user agent as what it shares with the one before it, and read it back whole', () => {
    const ua = (tail: string) => `Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 ${tail}`;
    const agents = [ua('XHS/8.61'), ua('XHS/8.61'), ua('XHS/8.62'), null, ua('Douyin/31.2'), 'curl/8.5', '', ua('XHS/8.61 小红书')];
    const visits = agents.map((userAgent, i) => ({ ...visit(i), userAgent }));
    const [m] = packClicks(visits);
    expect(unpackClicks(m)!.map((c) => c.userAgent)).toEqual(agents);
    // The repeats cost their share count and the differing end only, not the full string again.
    const alone = agents.reduce((n, a) => n + (a === null ? 0 : new TextEncoder().encode(a).length), 0);
    expect(m.byteLength).toBeLessThan(packClicks(visits.map((v) => ({ ...v, userAgent: null })))[0].byteLength + alone / 2);
  });

  it('never share half a surrogate pair, and read lone surrogates as U+FFFD whatever came before', () => {
    const agents = ['a😀b', 'a😁b', 'a\ud83d', 'a\ud83dx', 'a\ude00', 'a\ude00y', '😀', '😀'];
    const [m] = packClicks(agents.map((userAgent, i) => ({ ...visit(i), userAgent })));
    const fresh = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s));
    // Compared as code points: a lone surrogate in a failure report would break the test runner's channel.
    const points = (s: string | null) => Array.from(s ?? '', (c) => c.codePointAt(0));
    expect(unpackClicks(m)!.map((c) => points(c.userAgent))).toEqual(agents.map((a) => points(fresh(a))));
  });

  it('start each message afresh: each reads on its own', () => {
    const visits = Array.from({ length: 1_500 }, (_, i) => visit(i));
    const messages = packClicks(visits);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.flatMap((m) => unpackClicks(m)!).map((c) => c.userAgent)).toEqual(visits.map((v) => v.userAgent));
  });

  it('still read version 2, where a user agent is a plain string (messages queued by the previous deploy)', () => {
    const v = { ...visit(5), userAgent: 'Mozilla/5.0 茶' };
    const str = (s: string) => {
      const b = new TextEncoder().encode(s);
      return [b.length & 255, b.length >> 8, ...b];
    };
    const at = new Uint8Array(new Float64Array([v.at]).buffer);
    const f = v.facts;
    const bytes = new Uint8Array([
      0x58, 0x50, 0x43, 2,
      1, ...[f.linkId, f.creatorOrgId, f.offerId, f.providerOrgId, f.merchantOrgId].flatMap(str),
      2, 0, 0, ...at, ...str(v.id), ...str(v.ip), ...str(v.userAgent), 0xff, 0xff, ...str('CN'),
    ]);
    expect(unpackClicks(bytes)).toEqual([
      { id: v.id, linkId: f.linkId, creatorOrgId: f.creatorOrgId, offerId: f.offerId, providerOrgId: f.providerOrgId, merchantOrgId: f.merchantOrgId, at: v.at, ip: v.ip, userAgent: v.userAgent, referrer: null, country: 'CN' },
    ]);
  });

  it('answer nothing for nothing', () => {
    expect(packClicks([])).toEqual([]);
  });
});
