import { securityCases } from '../../../test/security';
import { orderOf } from './test-helpers';

securityCases('POST /v1/orders/{id}/confirm', {
  method: 'POST',
  path: '/v1/orders/{id}/confirm',
  scope: 'orders:write',
  body: {},
  foreign: ({ db, orgId }) => orderOf(db, orgId),
});
