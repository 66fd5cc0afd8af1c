import { securityCases } from '../../../test/security';
import { foreignSample } from './test-helpers';

securityCases('POST /v1/samples/{id}/post', {
  method: 'POST',
  path: '/v1/samples/{id}/post',
  scope: 'samples:write',
  orgKind: 'creator',
  foreign: foreignSample('delivered', 'creator'),
  body: { postUrl: 'https://www.xiaohongshu.com/explore/1' },
});
