import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { securityCases } from '../../../test/security';

securityCases('GET /v1/products', {
  method: 'GET',
  path: '/v1/products',
  scope: 'catalog:read',
  foreign: async ({ db, orgId }) => (await createProduct(db, orgId, { status: 'draft' })).product.id,
});
