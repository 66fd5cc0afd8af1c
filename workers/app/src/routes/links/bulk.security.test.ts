import { securityCases } from '../../../test/security';
import { createBody } from './test-helpers';

securityCases('POST /v1/links/bulk', {
  method: 'POST',
  path: '/v1/links/bulk',
  scope: 'links:write',
  orgKind: 'creator',
  body: async (ctx: Parameters<typeof createBody>[0]) => ({ offerIds: [(await createBody(ctx)).offerId] }),
});
