import { securityCases } from '../../../test/security';
import { foreignSample } from './test-helpers';

securityCases('POST /v1/samples/{id}/cancel', {
  method: 'POST',
  path: '/v1/samples/{id}/cancel',
  scope: 'samples:write',
  orgKind: 'creator',
  foreign: foreignSample('requested', 'creator'),
});
