import { securityCases } from '../../../test/security';
import type { Database } from '@xuanpin/db';
import { createOffer } from '@xuanpin/db/test/creator-factories';
import { requestBody } from './test-helpers';

securityCases('POST /v1/samples', {
  method: 'POST',
  path: '/v1/samples',
  scope: 'samples:write',
  orgKind: 'creator',
  body: async ({ db, orgId }: { db: Database; orgId: string }) => requestBody((await createOffer(db, { creatorOrgId: orgId })).id),
});
