import { securityCases } from '../../../test/security';
import { createInvitation } from '../auth/test-browser';

securityCases('DELETE /v1/invitations/{id}', {
  method: 'DELETE',
  path: '/v1/invitations/{id}',
  scope: 'members:write',
  foreign: async ({ orgId }) => (await createInvitation(orgId)).id,
});
