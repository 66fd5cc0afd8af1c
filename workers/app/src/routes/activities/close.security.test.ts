import { insertActivity } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/activities/{id}/close', {
  method: 'POST',
  path: '/v1/activities/{id}/close',
  scope: 'activities:write',
  orgKind: 'provider',
  foreign: async ({ db, orgId }) => (await insertActivity(db, orgId)).id,
});
