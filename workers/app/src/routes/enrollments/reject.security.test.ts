import { createOffer } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/enrollments/{id}/reject', {
  method: 'POST',
  path: '/v1/enrollments/{id}/reject',
  scope: 'activities:write',
  orgKind: 'provider',
  body: { reason: 'not a fit' },
  foreign: async ({ db, orgId }) => (await createOffer(db, { providerOrgId: orgId, status: 'applied' })).enrollment.id,
});
