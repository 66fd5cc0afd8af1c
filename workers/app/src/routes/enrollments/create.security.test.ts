import { createOrg } from '@xuanpin/db/test/factories';
import { insertActivity, insertProduct } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/enrollments', {
  method: 'POST',
  path: '/v1/enrollments',
  scope: 'catalog:write',
  orgKind: 'merchant',
  body: async ({ db, orgId }) => {
    const activity = await insertActivity(db, (await createOrg(db, { kind: 'provider' })).id);
    const product = await insertProduct(db, orgId);
    return { activityId: activity.id, productId: product.id, creatorRateBps: 2000 };
  },
});
