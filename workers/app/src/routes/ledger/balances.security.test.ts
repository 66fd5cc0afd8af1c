import { securityCases } from '../../../test/security';

securityCases('GET /v1/ledger/balances', { method: 'GET', path: '/v1/ledger/balances', scope: 'commissions:read' });
