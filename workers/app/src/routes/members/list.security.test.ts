import { addMember, createUser } from '@xuanpin/db/test/factories';
import { securityCases } from '../../../test/security';

securityCases('GET /v1/members', {
  method: 'GET',
  path: '/v1/members',
  scope: 'members:read',
  foreign: async ({ db, orgId }) => (await addMember(db, orgId, (await createUser(db)).id, 'member')).id,
});
