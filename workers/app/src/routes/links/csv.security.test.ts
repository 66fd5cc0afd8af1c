import { securityCases } from '../../../test/security';
import { linkOf } from './test-helpers';

// Another creator's link never appears in my CSV.
securityCases('GET /v1/links.csv', { method: 'GET', path: '/v1/links.csv', scope: 'links:read', orgKind: 'creator', foreign: ({ db, orgId }) => linkOf(db, orgId) });
