import { createOffer } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/enrollments/{id}/withdraw', {
  method: 'POST',
  path: '/v1/enrollments/{id}/withdraw',
  scope: 'catalog:write',
  orgKind: 'merchant',
  foreign: async ({ db, orgId }) => (await createOffer(db, { merchantOrgId: orgId, status: 'applied' })).enrollment.id,
});
