import * as v from 'valibot';
import { isCurrency, parseMajor, CURRENCY_EXPONENT, type Currency } from '@xuanpin/core';
import { PRODUCT_STATUSES, type ProductStatus, type SamplePolicy } from '@xuanpin/db';
import { ProductFields, SkuFields } from '../../schemas/product';
import type { Column, RowValues } from './columns';

/**
 * A row as the import applies it. For status, stock, rate and samples, `null` (blank or no column) keeps the
 * current value (the default for a new product). Description, images and product URL are kept only when the file
 * has no such column (`undefined`); a blank cell in the column empties them.
 */
export interface ImportRow {
  code: string;
  title: string;
  name: string;
  price: number;
  currency: Currency;
  stock: number | null;
  category: string;
  status: ProductStatus | null;
  description?: string;
  images?: string[];
  productUrl?: string | null;
  defaultCreatorRateBps: number | null;
  samplePolicy: SamplePolicy | null;
  sampleQuantity: number | null;
}

export type RowCheck = { ok: true; value: ImportRow } | { ok: false; field: Column; reason: string };

class Reject {
  constructor(
    readonly field: Column,
    readonly reason: string,
  ) {}
}

const AnyStatus = v.picklist(PRODUCT_STATUSES, 'must be draft, active, paused or archived');

/** Checks one cell with the API's schema for the field, so the reasons are the API's. */
function check<S extends v.GenericSchema>(field: Column, schema: S, input: unknown): v.InferOutput<S> {
  const out = v.safeParse(schema, input);
  if (out.success) return out.output;
  const issue = out.issues[0];
  const at = v.getDotPath(issue);
  // Only `images` has a nested path (images.2): name the image, counting from 1 as people do.
  const which = at && /^\d+$/.test(at) ? `image ${Number(at) + 1} ` : '';
  throw new Reject(field, `${which}${issue.message}`);
}

function whole(field: Column, text: string): number {
  if (!/^[+-]?\d{1,15}$/.test(text)) throw new Reject(field, 'must be a whole number');
  return Number(text);
}

/** Why a cell is not an amount in major units of `currency` (the wording of every CSV import). */
export function notAnAmount(currency: Currency): string {
  const decimals = CURRENCY_EXPONENT[currency];
  return `must be an amount in ${currency} with at most ${decimals} decimals, e.g. ${decimals ? '128.00' : '1980'}`;
}

/**
 * Validates one CSV row with the same rules as the API (reported by column), or says which cell is wrong.
 * Cells are trimmed, except the description, kept as written. Prices are in major units of the currency.
 */
export function checkRow(values: RowValues): RowCheck {
  const cell = (c: Column) => (values[c] ?? '').trim();
  const required = (c: Column) => {
    if (cell(c) === '') throw new Reject(c, 'is required');
    return cell(c);
  };
  const optional = <T>(c: Column, read: (text: string) => T): T | null => (cell(c) === '' ? null : read(cell(c)));
  try {
    const code = check('sku_code', SkuFields.code, required('sku_code'));
    const title = check('product_title', ProductFields.title, required('product_title'));
    const name = check('sku_name', SkuFields.name, required('sku_name'));
    const priceText = required('price');
    const currency = check('currency', SkuFields.currency, required('currency').toUpperCase());
    if (!isCurrency(currency)) throw new Reject('currency', 'is unknown');
    const minor = parseMajor(priceText, currency);
    if (minor === null) throw new Reject('price', notAnAmount(currency));
    const price = check('price', SkuFields.price, minor);
    const stock = optional('stock', (t) => check('stock', SkuFields.stock, whole('stock', t)));
    const category = check('category', ProductFields.category, required('category'));
    const status = optional('status', (t) => check('status', AnyStatus, t.toLowerCase()));
    const present = (c: Column) => values[c] !== undefined;
    const description = present('description') ? check('description', ProductFields.description, values.description) : undefined;
    const urls = cell('image_urls') === '' ? [] : cell('image_urls').split('|').map((u) => u.trim());
    const images = present('image_urls') ? check('image_urls', ProductFields.images, urls) : undefined;
    const productUrl = present('product_url') ? optional('product_url', (t) => check('product_url', ProductFields.productUrl, t)) : undefined;
    const defaultCreatorRateBps = optional('default_creator_rate_bps', (t) =>
      check('default_creator_rate_bps', ProductFields.defaultCreatorRateBps, whole('default_creator_rate_bps', t)),
    );
    const samplePolicy = optional('sample_policy', (t) => check('sample_policy', ProductFields.samplePolicy, t.toLowerCase()));
    const sampleQuantity = optional('sample_quantity', (t) => check('sample_quantity', ProductFields.sampleQuantity, whole('sample_quantity', t)));
    const value = { code, title, name, price, currency, stock, category, status, description, images, productUrl, defaultCreatorRateBps, samplePolicy, sampleQuantity };
    return { ok: true, value };
  } catch (err) {
    if (err instanceof Reject) return { ok: false, field: err.field, reason: err.reason };
    throw err;
  }
}
