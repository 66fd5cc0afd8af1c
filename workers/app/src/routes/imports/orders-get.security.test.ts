import { securityCases } from '../../../test/security';
import { storedImport } from './orders-test-helpers';

securityCases('GET /v1/imports/orders/{id}', {
  method: 'GET',
  path: '/v1/imports/orders/{id}',
  scope: 'orders:read',
  foreign: ({ db, orgId }) => storedImport(db, orgId),
});
