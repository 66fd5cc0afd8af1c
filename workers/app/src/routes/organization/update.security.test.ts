import { createOrg } from '@xuanpin/db/test/factories';
import { securityCases } from '../../../test/security';

securityCases('PATCH /v1/organization', {
  method: 'PATCH',
  path: '/v1/organization',
  scope: 'organization:write',
  body: { locale: 'ja' },
  foreign: async ({ db }) => (await createOrg(db)).id,
});
