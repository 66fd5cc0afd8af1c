import { securityCases } from '../../../test/security';
import { rosterOnlyCreator } from './security-helpers';

securityCases('GET /v1/creators/{orgId}', { method: 'GET', path: '/v1/creators/{id}', scope: 'creators:read', orgKind: 'provider', foreign: rosterOnlyCreator });
