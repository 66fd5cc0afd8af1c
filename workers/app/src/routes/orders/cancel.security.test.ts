import { securityCases } from '../../../test/security';
import { orderOf } from './test-helpers';

securityCases('POST /v1/orders/{id}/cancel', {
  method: 'POST',
  path: '/v1/orders/{id}/cancel',
  scope: 'orders:write',
  body: {},
  foreign: ({ db, orgId }) => orderOf(db, orgId),
});
