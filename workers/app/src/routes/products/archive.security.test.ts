import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/products/{id}/archive', {
  method: 'POST',
  path: '/v1/products/{id}/archive',
  scope: 'catalog:write',
  foreign: async ({ db, orgId }) => (await createProduct(db, orgId, { status: 'draft' })).product.id,
});
