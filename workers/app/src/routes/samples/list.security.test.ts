import { securityCases } from '../../../test/security';
import { foreignSample } from './test-helpers';

securityCases('GET /v1/samples', { method: 'GET', path: '/v1/samples', scope: 'samples:read', orgKind: 'merchant', foreign: foreignSample('requested') });
