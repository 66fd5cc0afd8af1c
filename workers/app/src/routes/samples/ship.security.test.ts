import { securityCases } from '../../../test/security';
import { foreignSample } from './test-helpers';

securityCases('POST /v1/samples/{id}/ship', {
  method: 'POST',
  path: '/v1/samples/{id}/ship',
  scope: 'samples:write',
  orgKind: 'merchant',
  foreign: foreignSample('approved'),
  body: { carrier: 'SF Express', trackingNumber: 'SF1' },
});
