import { securityCases } from '../../../test/security';
import { offerOpenTo } from './test-helpers';

// An offer open to another creator is 404 to me, with no data.
securityCases('GET /v1/offers/{id}', {
  method: 'GET',
  path: '/v1/offers/{id}',
  scope: 'activities:read',
  orgKind: 'creator',
  foreign: ({ db, orgId }) => offerOpenTo(db, orgId),
});
