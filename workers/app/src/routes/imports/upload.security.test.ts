import { securityCases } from '../../../test/security';
import { csvOf, row } from './test-helpers';

securityCases('POST /v1/imports/products', { method: 'POST', path: '/v1/imports/products', scope: 'catalog:write', body: csvOf([row()]) });
