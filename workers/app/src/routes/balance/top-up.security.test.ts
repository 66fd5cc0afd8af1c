import { securityCases } from '../../../test/security';

securityCases('POST /v1/balance/top-ups', {
  method: 'POST',
  path: '/v1/balance/top-ups',
  scope: 'orders:write',
  body: { amount: 1_000, currency: 'CNY' },
});
