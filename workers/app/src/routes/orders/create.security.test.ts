import { securityCases } from '../../../test/security';
import { postbackBody } from './test-helpers';

securityCases('POST /v1/orders', { method: 'POST', path: '/v1/orders', scope: 'orders:write', body: postbackBody });
