import { securityCases } from '../../../test/security';
import { linkOf } from './test-helpers';

securityCases('POST /v1/links/{id}/enable', { method: 'POST', path: '/v1/links/{id}/enable', scope: 'links:write', orgKind: 'creator', foreign: ({ db, orgId }) => linkOf(db, orgId) });
