import { securityCases } from '../../../test/security';
import { productBody } from './test-helpers';

securityCases('POST /v1/products', { method: 'POST', path: '/v1/products', scope: 'catalog:write', body: () => productBody() });
