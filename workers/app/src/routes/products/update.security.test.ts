import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { securityCases } from '../../../test/security';

securityCases('PATCH /v1/products/{id}', {
  method: 'PATCH',
  path: '/v1/products/{id}',
  scope: 'catalog:write',
  body: { title: 'Changed' },
  foreign: async ({ db, orgId }) => (await createProduct(db, orgId, { status: 'draft' })).product.id,
});
