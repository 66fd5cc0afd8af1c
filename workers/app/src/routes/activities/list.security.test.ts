import { insertActivity } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('GET /v1/activities', {
  method: 'GET',
  path: '/v1/activities',
  scope: 'activities:read',
  orgKind: 'provider',
  foreign: async ({ db, orgId }) => (await insertActivity(db, orgId)).id,
});
