import { securityCases } from '../../../test/security';

securityCases('POST /v1/admin/orders/{id}/attribution', {
  method: 'POST',
  path: '/v1/admin/orders/{id}/attribution',
  scope: 'orders:write',
  orgKind: 'platform',
  body: { clickId: null, reason: 'a reviewed order' },
});
