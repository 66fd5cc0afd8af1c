import { createOrg } from '@xuanpin/db/test/factories';
import { insertActivity } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

// A provider's draft is not published: 404 to every merchant.
securityCases('GET /v1/marketplace/activities/{id}', {
  method: 'GET',
  path: '/v1/marketplace/activities/{id}',
  scope: 'activities:read',
  orgKind: 'merchant',
  foreign: async ({ db }) => (await insertActivity(db, (await createOrg(db, { kind: 'provider' })).id, { status: 'draft' })).id,
});
