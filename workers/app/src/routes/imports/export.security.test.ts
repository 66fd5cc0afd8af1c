import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { securityCases } from '../../../test/security';

securityCases('GET /v1/exports/products.csv', {
  method: 'GET',
  path: '/v1/exports/products.csv',
  scope: 'catalog:read',
  // The foreign product's SKU code must not appear in the export.
  foreign: async ({ db, orgId }) => (await createProduct(db, orgId, { status: 'draft' })).skus[0].code,
});
