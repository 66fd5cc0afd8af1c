import { createOrg } from '@xuanpin/db/test/factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/roster', {
  method: 'POST',
  path: '/v1/roster',
  scope: 'creators:write',
  orgKind: 'provider',
  body: async ({ db }) => ({ creatorOrgId: (await createOrg(db, { kind: 'creator' })).id }),
});
