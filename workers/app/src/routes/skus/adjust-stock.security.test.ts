import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/skus/{id}/stock-adjustments', {
  method: 'POST',
  path: '/v1/skus/{id}/stock-adjustments',
  scope: 'catalog:write',
  body: { delta: -1, reason: 'order' },
  foreign: async ({ db, orgId }) => (await createProduct(db, orgId, { skus: [{ stock: 5 }] })).skus[0].id,
});
