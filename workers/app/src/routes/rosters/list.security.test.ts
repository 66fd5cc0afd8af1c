import { createOrg } from '@xuanpin/db/test/factories';
import { insertRosterMember } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

securityCases('GET /v1/roster as a provider', {
  method: 'GET',
  path: '/v1/roster',
  scope: 'creators:read',
  orgKind: 'provider',
  foreign: async ({ db, orgId }) => (await insertRosterMember(db, orgId, (await createOrg(db, { kind: 'creator' })).id)).id,
});

securityCases('GET /v1/roster as a creator', {
  method: 'GET',
  path: '/v1/roster',
  scope: 'creators:read',
  orgKind: 'creator',
  foreign: async ({ db, orgId }) => (await insertRosterMember(db, (await createOrg(db, { kind: 'provider' })).id, orgId, 'invited')).id,
});
