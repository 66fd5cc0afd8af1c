import { securityCases } from '../../../test/security';
import { attributedOrderOf, orderOf } from './test-helpers';

securityCases('GET /v1/orders/{id}', { method: 'GET', path: '/v1/orders/{id}', scope: 'orders:read', foreign: ({ db, orgId }) => orderOf(db, orgId) });
securityCases('GET /v1/orders/{id} (creator)', {
  method: 'GET',
  path: '/v1/orders/{id}',
  scope: 'orders:read',
  orgKind: 'creator',
  foreign: ({ db, orgId }) => attributedOrderOf(db, orgId),
});
