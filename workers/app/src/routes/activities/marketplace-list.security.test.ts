import { createOrg } from '@xuanpin/db/test/factories';
import { insertActivity } from '@xuanpin/db/test/marketplace-factories';
import { securityCases } from '../../../test/security';

// A merchant never sees a draft or an invite-only activity in the list.
securityCases('GET /v1/marketplace/activities', {
  method: 'GET',
  path: '/v1/marketplace/activities',
  scope: 'activities:read',
  orgKind: 'merchant',
  foreign: async ({ db }) => {
    const provider = await createOrg(db, { kind: 'provider' });
    await insertActivity(db, provider.id, { status: 'draft' });
    return (await insertActivity(db, provider.id, { visibility: 'invite_only' })).id;
  },
});
