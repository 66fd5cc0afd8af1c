import { securityCases } from '../../../test/security';
import { storedImport } from './orders-test-helpers';

securityCases('POST /v1/imports/orders/{id}/continue', {
  method: 'POST',
  path: '/v1/imports/orders/{id}/continue',
  scope: 'orders:write',
  foreign: ({ db, orgId }) => storedImport(db, orgId),
});
