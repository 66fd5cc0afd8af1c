import { securityCases } from '../../../test/security';

securityCases('POST /v1/keys', {
  method: 'POST',
  path: '/v1/keys',
  scope: 'keys:write',
  body: { name: 'security', scopes: ['catalog:read'] },
});
