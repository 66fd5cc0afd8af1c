import { securityCases } from '../../../test/security';

securityCases('GET /v1/me', { method: 'GET', path: '/v1/me', scope: null });
