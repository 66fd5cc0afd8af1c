import { securityCases } from '../../../test/security';
import { uniqueEmail } from '../auth/test-browser';

securityCases('POST /v1/invitations', {
  method: 'POST',
  path: '/v1/invitations',
  scope: 'members:write',
  body: () => ({ email: uniqueEmail(), role: 'member' }),
});
