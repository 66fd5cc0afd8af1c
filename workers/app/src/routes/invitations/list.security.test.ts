import { securityCases } from '../../../test/security';
import { createInvitation } from '../auth/test-browser';

securityCases('GET /v1/invitations', {
  method: 'GET',
  path: '/v1/invitations',
  scope: 'members:read',
  foreign: async ({ orgId }) => (await createInvitation(orgId)).id,
});
