import { securityCases } from '../../../test/security';

securityCases('POST /v1/admin/orders/{id}/release', {
  method: 'POST',
  path: '/v1/admin/orders/{id}/release',
  scope: 'orders:write',
  orgKind: 'platform',
  body: { reason: 'a reviewed order' },
});
