import { securityCases } from '../../../test/security';
import { activityBody } from './test-helpers';

securityCases('POST /v1/activities', { method: 'POST', path: '/v1/activities', scope: 'activities:write', orgKind: 'provider', body: activityBody() });
