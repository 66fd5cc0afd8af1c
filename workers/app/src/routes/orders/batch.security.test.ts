import { securityCases } from '../../../test/security';
import { postbackBody } from './test-helpers';

securityCases('POST /v1/orders/batch', {
  method: 'POST',
  path: '/v1/orders/batch',
  scope: 'orders:write',
  body: async (ctx: Parameters<typeof postbackBody>[0]) => ({ orders: [await postbackBody(ctx), await postbackBody(ctx)] }),
});
