import { securityCases } from '../../../test/security';
import { rosterOnlyCreator } from './security-helpers';

securityCases('GET /v1/creators', { method: 'GET', path: '/v1/creators', scope: 'creators:read', orgKind: 'provider', foreign: rosterOnlyCreator });
