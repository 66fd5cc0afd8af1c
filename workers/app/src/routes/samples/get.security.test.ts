import { securityCases } from '../../../test/security';
import { foreignSample } from './test-helpers';

securityCases('GET /v1/samples/{id}', { method: 'GET', path: '/v1/samples/{id}', scope: 'samples:read', orgKind: 'merchant', foreign: foreignSample('requested') });
securityCases('GET /v1/samples/{id} (creator)', { method: 'GET', path: '/v1/samples/{id}', scope: 'samples:read', orgKind: 'creator', foreign: foreignSample('requested', 'creator') });
