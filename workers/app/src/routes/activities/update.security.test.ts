import { insertActivity } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('PATCH /v1/activities/{id}', {
  method: 'PATCH',
  path: '/v1/activities/{id}',
  scope: 'activities:write',
  orgKind: 'provider',
  body: { name: 'Renamed' },
  foreign: async ({ db, orgId }) => (await insertActivity(db, orgId, { status: 'draft' })).id,
});
