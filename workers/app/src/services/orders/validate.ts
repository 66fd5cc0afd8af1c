import { lineBase } from '@xuanpin/core';
import type { Sku } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';
import type { OrderInput } from './input';

const bad = (path: string, message: string) => new ApiError('validation_failed', `\`${path}\`: ${message}`, { path });

/**
 * What the schema cannot check: the SKUs are the merchant's, in the order's currency, and each line's amounts make
 * sense (positive whole quantity, non-negative price, a discount not above the line). The first problem, by field.
 */
export function checkOrderInput(input: OrderInput, skus: Map<string, Sku>): ApiError | null {
  if (!input.externalId || input.externalId.length > 200) return bad('externalId', 'must be 1 to 200 characters.');
  if (!Number.isInteger(input.placedAt) || input.placedAt <= 0) return bad('placedAt', 'must be a time in ms since the epoch.');
  if (input.lines.length === 0) return bad('lines', 'an order needs at least one line.');
  if (input.lines.length > 100) return bad('lines', 'at most 100 lines per order.');
  for (const [i, l] of input.lines.entries()) {
    const sku = skus.get(l.sku);
    if (!sku) return bad(`lines[${i}].sku`, `no SKU "${l.sku}" in your catalog.`);
    if (sku.currency !== input.currency) return bad('currency', `${input.currency} does not match the currency of SKU "${sku.code}" (${sku.currency}).`);
    if (!Number.isInteger(l.quantity) || l.quantity <= 0) return bad(`lines[${i}].quantity`, 'must be a whole number of at least 1.');
    if (!Number.isInteger(l.unitPrice) || l.unitPrice < 0) return bad(`lines[${i}].unitPrice`, 'must be a whole number of minor units, 0 or more.');
    const discount = l.discount ?? 0;
    if (!Number.isInteger(discount) || discount < 0) return bad(`lines[${i}].discount`, 'must be a whole number of minor units, 0 or more.');
    if (discount > l.quantity * l.unitPrice) return bad(`lines[${i}].discount`, 'is larger than the line amount.');
    try {
      lineBase(l.quantity, l.unitPrice, discount);
    } catch (e) {
      return bad(`lines[${i}]`, (e as Error).message);
    }
  }
  return null;
}
