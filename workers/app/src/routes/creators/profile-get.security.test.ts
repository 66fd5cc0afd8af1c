import { securityCases } from '../../../test/security';

securityCases('GET /v1/creator-profile', { method: 'GET', path: '/v1/creator-profile', scope: 'creators:read', orgKind: 'creator' });
