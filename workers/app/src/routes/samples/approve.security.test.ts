import { securityCases } from '../../../test/security';
import { foreignSample } from './test-helpers';

securityCases('POST /v1/samples/{id}/approve', {
  method: 'POST',
  path: '/v1/samples/{id}/approve',
  scope: 'samples:write',
  orgKind: 'merchant',
  foreign: foreignSample('requested'),
});
