import { securityCases } from '../../../test/security';
import { orderCsv } from './orders-test-helpers';

securityCases('POST /v1/imports/orders', {
  method: 'POST',
  path: '/v1/imports/orders',
  scope: 'orders:write',
  body: orderCsv([{ external_order_id: 'S-1', currency: 'CNY', placed_at: '1700000000000', sku: 'X', quantity: '1', unit_price: '1.00' }]),
});
