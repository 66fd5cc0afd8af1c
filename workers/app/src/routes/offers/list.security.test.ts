import { securityCases } from '../../../test/security';
import { offerOpenTo } from './test-helpers';

// An offer open to another creator never shows in my list.
securityCases('GET /v1/offers', {
  method: 'GET',
  path: '/v1/offers',
  scope: 'activities:read',
  orgKind: 'creator',
  foreign: ({ db, orgId }) => offerOpenTo(db, orgId),
});
