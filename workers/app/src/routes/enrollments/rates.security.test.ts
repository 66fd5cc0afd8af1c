import { createOffer } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/enrollments/{id}/rates', {
  method: 'POST',
  path: '/v1/enrollments/{id}/rates',
  scope: 'catalog:write',
  orgKind: 'merchant',
  body: { creatorRateBps: 2500 },
  foreign: async ({ db, orgId }) => (await createOffer(db, { merchantOrgId: orgId, status: 'approved' })).enrollment.id,
});
