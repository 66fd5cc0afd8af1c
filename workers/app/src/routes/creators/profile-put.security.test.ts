import { securityCases } from '../../../test/security';
import { profileBody } from './test-helpers';

securityCases('PUT /v1/creator-profile', { method: 'PUT', path: '/v1/creator-profile', scope: 'creators:write', orgKind: 'creator', body: profileBody() });
