import { createOrg } from '@xuanpin/db/test/factories';
import { insertRosterMember } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/roster/{id}/remove', {
  method: 'POST',
  path: '/v1/roster/{id}/remove',
  scope: 'creators:write',
  orgKind: 'provider',
  foreign: async ({ db, orgId }) => (await insertRosterMember(db, orgId, (await createOrg(db, { kind: 'creator' })).id, 'active')).id,
});
