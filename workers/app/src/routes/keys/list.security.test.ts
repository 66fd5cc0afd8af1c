import { createApiKey } from '@xuanpin/db/test/factories';
import { securityCases } from '../../../test/security';

securityCases('GET /v1/keys', {
  method: 'GET',
  path: '/v1/keys',
  scope: 'keys:read',
  foreign: async ({ db, orgId }) => (await createApiKey(db, orgId, { name: 'foreign key' })).id,
});
