import { securityCases } from '../../../test/security';

securityCases('GET /v1/commissions/summary', { method: 'GET', path: '/v1/commissions/summary', scope: 'commissions:read', orgKind: 'creator' });
