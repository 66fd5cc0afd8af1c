import { createApiKey } from '@xuanpin/db/test/factories';
import { securityCases } from '../../../test/security';

securityCases('GET /v1/keys/{id}', {
  method: 'GET',
  path: '/v1/keys/{id}',
  scope: 'keys:read',
  foreign: async ({ db, orgId }) => (await createApiKey(db, orgId, { name: 'foreign key' })).id,
});
