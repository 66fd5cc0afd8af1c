import { createOffer } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('GET /v1/enrollments/{id} as a merchant', {
  method: 'GET',
  path: '/v1/enrollments/{id}',
  scope: 'catalog:read',
  orgKind: 'merchant',
  foreign: async ({ db, orgId }) => (await createOffer(db, { merchantOrgId: orgId })).enrollment.id,
});
securityCases('GET /v1/enrollments/{id} as a provider', {
  method: 'GET',
  path: '/v1/enrollments/{id}',
  scope: 'activities:read',
  orgKind: 'provider',
  foreign: async ({ db, orgId }) => (await createOffer(db, { providerOrgId: orgId })).enrollment.id,
});
