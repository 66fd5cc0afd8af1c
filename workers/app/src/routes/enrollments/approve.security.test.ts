import { createOffer } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/enrollments/{id}/approve', {
  method: 'POST',
  path: '/v1/enrollments/{id}/approve',
  scope: 'activities:write',
  orgKind: 'provider',
  foreign: async ({ db, orgId }) => (await createOffer(db, { providerOrgId: orgId, status: 'applied' })).enrollment.id,
});
