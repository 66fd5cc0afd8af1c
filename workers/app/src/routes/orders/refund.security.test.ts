import { securityCases } from '../../../test/security';
import { orderOf } from './test-helpers';

securityCases('POST /v1/orders/{id}/refunds', {
  method: 'POST',
  path: '/v1/orders/{id}/refunds',
  scope: 'orders:write',
  body: { externalId: 'R-1' },
  foreign: ({ db, orgId }) => orderOf(db, orgId),
});
