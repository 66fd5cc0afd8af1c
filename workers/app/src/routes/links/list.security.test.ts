import { securityCases } from '../../../test/security';
import { linkOf } from './test-helpers';

// Another creator's link never appears in my list.
securityCases('GET /v1/links', { method: 'GET', path: '/v1/links', scope: 'links:read', orgKind: 'creator', foreign: ({ db, orgId }) => linkOf(db, orgId) });
