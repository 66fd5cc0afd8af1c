import { createApiKey } from '@xuanpin/db/test/factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/keys/{id}/rotate', {
  method: 'POST',
  path: '/v1/keys/{id}/rotate',
  scope: 'keys:write',
  body: {},
  foreign: async ({ db, orgId }) => (await createApiKey(db, orgId, { name: 'foreign key' })).id,
});
