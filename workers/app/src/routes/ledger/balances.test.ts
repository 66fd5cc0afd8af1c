import { describe, expect, it } from 'vitest';
import { call, db } from '../../../test/security';
import { refreshFunding } from '../../services/ledger/funding';
import { runLocks } from '../../services/orders/lock';
import { postbackSetup } from '../orders/test-helpers';

const DAY = 86_400_000;

describe('GET /v1/ledger/balances', () => {
  it('shows each party its balances from the ledger, and the merchant its funding pause', async () => {
    const now = Date.now();
    const s = await postbackSetup(now);
    const balances = async (key: string) => {
      const res = await call('GET', '/v1/ledger/balances', { key });
      expect(res.status, res.text).toBe(200);
      return res.body;
    };
    expect(await balances(s.merchant.key)).toEqual({ data: [], fundingPausedAt: null });
    const a = await s.order();
    await s.order();
    await call('POST', `/v1/orders/${a.id}/confirm`, { key: s.merchant.key, body: {} });
    await runLocks(db(), now + 8 * DAY);
    // The merchant owes the commission of both orders: 2 × (1,100 + 275).
    expect(await balances(s.merchant.key)).toEqual({ data: [{ account: 'merchant_balance', currency: 'CNY', net: 2_750, balance: -2_750 }], fundingPausedAt: null });
    expect((await balances(s.creator.key)).data).toEqual([
      { account: 'payable', currency: 'CNY', net: -990, balance: 990 },
      { account: 'pending', currency: 'CNY', net: -990, balance: 990 },
    ]);
    expect((await balances(s.providerKey)).data.map((b: any) => [b.account, b.balance])).toEqual([['payable', 247], ['pending', 247]]);
    await refreshFunding(db(), now, s.merchant.org.id);
    expect((await balances(s.merchant.key)).fundingPausedAt).toBe(now);
  });
});
