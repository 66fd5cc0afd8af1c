import { createOrg } from '@xuanpin/db/test/factories';
import { insertRosterMember } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/roster/{id}/accept', {
  method: 'POST',
  path: '/v1/roster/{id}/accept',
  scope: 'creators:write',
  orgKind: 'creator',
  foreign: async ({ db, orgId }) => (await insertRosterMember(db, (await createOrg(db, { kind: 'provider' })).id, orgId, 'invited')).id,
});
