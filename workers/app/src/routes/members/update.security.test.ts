import { addMember, createUser } from '@xuanpin/db/test/factories';
import { securityCases } from '../../../test/security';

securityCases('PATCH /v1/members/{id}', {
  method: 'PATCH',
  path: '/v1/members/{id}',
  scope: 'members:write',
  body: { role: 'viewer' },
  foreign: async ({ db, orgId }) => (await addMember(db, orgId, (await createUser(db)).id, 'member')).id,
});
