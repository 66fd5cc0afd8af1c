import { securityCases } from '../../../test/security';

securityCases('GET /v1/admin/holds', { method: 'GET', path: '/v1/admin/holds', scope: 'orders:read', orgKind: 'platform' });
