import { createApiKey } from '@xuanpin/db/test/factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/keys/{id}/revoke', {
  method: 'POST',
  path: '/v1/keys/{id}/revoke',
  scope: 'keys:write',
  foreign: async ({ db, orgId }) => (await createApiKey(db, orgId, { name: 'foreign key' })).id,
});
