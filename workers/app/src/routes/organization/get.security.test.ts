import { createOrg } from '@xuanpin/db/test/factories';
import { securityCases } from '../../../test/security';

securityCases('GET /v1/organization', {
  method: 'GET',
  path: '/v1/organization',
  scope: 'organization:read',
  // Another organization must never show up: its id is absent from the answer.
  foreign: async ({ db }) => (await createOrg(db)).id,
});
