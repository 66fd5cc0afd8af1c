import { securityCases } from '../../../test/security';
import { createBody } from './test-helpers';

securityCases('POST /v1/links', { method: 'POST', path: '/v1/links', scope: 'links:write', orgKind: 'creator', body: createBody });
