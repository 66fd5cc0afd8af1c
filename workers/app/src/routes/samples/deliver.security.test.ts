import { securityCases } from '../../../test/security';
import { foreignSample } from './test-helpers';

securityCases('POST /v1/samples/{id}/deliver', {
  method: 'POST',
  path: '/v1/samples/{id}/deliver',
  scope: 'samples:write',
  orgKind: 'merchant',
  foreign: foreignSample('shipped'),
});
