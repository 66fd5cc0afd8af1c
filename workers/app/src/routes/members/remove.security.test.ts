import { addMember, createUser } from '@xuanpin/db/test/factories';
import { securityCases } from '../../../test/security';

securityCases('DELETE /v1/members/{id}', {
  method: 'DELETE',
  path: '/v1/members/{id}',
  scope: 'members:write',
  foreign: async ({ db, orgId }) => (await addMember(db, orgId, (await createUser(db)).id, 'member')).id,
});
