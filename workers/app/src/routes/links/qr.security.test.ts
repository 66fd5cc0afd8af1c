import { securityCases } from '../../../test/security';
import { linkOf } from './test-helpers';

securityCases('GET /v1/links/{id}/qr.svg', { method: 'GET', path: '/v1/links/{id}/qr.svg', scope: 'links:read', orgKind: 'creator', foreign: ({ db, orgId }) => linkOf(db, orgId) });
