import { securityCases } from '../../../test/security';
import { foreignSample } from './test-helpers';

securityCases('POST /v1/samples/{id}/reject', {
  method: 'POST',
  path: '/v1/samples/{id}/reject',
  scope: 'samples:write',
  orgKind: 'merchant',
  foreign: foreignSample('requested'),
  body: { reason: 'out of stock' },
});
