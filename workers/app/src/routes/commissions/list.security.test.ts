import { securityCases } from '../../../test/security';
import { attributedOrderOf } from '../orders/test-helpers';

securityCases('GET /v1/commissions', {
  method: 'GET',
  path: '/v1/commissions',
  scope: 'commissions:read',
  orgKind: 'creator',
  foreign: ({ db, orgId }) => attributedOrderOf(db, orgId),
});
