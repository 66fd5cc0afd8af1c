import * as v from 'valibot';
import { CURRENCIES, isCategory, isCurrency } from '@xuanpin/core';
import { PRODUCT_STATUSES, SAMPLE_POLICIES } from '@xuanpin/db';
import { Page, PageQuery, Timestamp } from './common';

const whole = (max: number, min = 0) =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(min, min === 0 ? 'must be 0 or more' : `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `is at most ${max} characters`));
const httpsUrl = v.pipe(v.string(), v.maxLength(2048, 'is at most 2048 characters'), v.url('must be a URL'), v.startsWith('https://', 'must use https'));

/**
 * One schema per field, shared by the JSON API and the CSV import so both give the same reasons.
 * Messages do not repeat the field name: the API prefixes the path, the import report names the column.
 */
export const ProductFields = {
  title: text(200),
  description: v.pipe(v.string(), v.maxLength(5000, 'is at most 5000 characters')),
  // `|` separates images in CSV files, so a URL may not contain one.
  images: v.pipe(v.array(v.pipe(httpsUrl, v.excludes('|', 'must not contain |'))), v.maxLength(10, 'at most 10 images')),
  category: v.pipe(v.string(), v.check(isCategory, 'must be a code of the category tree, e.g. kitchen.tableware')),
  status: v.picklist(['draft', 'active', 'paused'], 'must be draft, active or paused'),
  productUrl: httpsUrl,
  defaultCreatorRateBps: whole(5000),
  samplePolicy: v.picklist(SAMPLE_POLICIES, 'must be free, refundable or none'),
  sampleQuantity: whole(1_000_000),
};

export const SkuFields = {
  code: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(64, 'is at most 64 characters'), v.regex(/^\S+$/, 'must not contain spaces')),
  name: text(200),
  price: v.pipe(
    v.number('must be an integer amount in minor units'),
    v.integer('must be an integer amount in minor units (12800 is CNY 128.00)'),
    v.minValue(1, 'must be greater than 0'),
    v.maxValue(1_000_000_000_000, 'is too large'),
  ),
  currency: v.pipe(v.string(), v.check(isCurrency, `must be one of ${CURRENCIES.join(', ')}`)),
  stock: whole(1_000_000_000),
};

export const Sku = v.pipe(
  v.object({
    id: v.string(),
    code: v.string(),
    name: v.string(),
    price: v.pipe(v.number(), v.description('Integer minor units of `currency`.')),
    currency: v.picklist(CURRENCIES),
    stock: v.pipe(v.number(), v.description('Changes only through stock adjustments (and CSV imports).')),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  v.metadata({ ref: 'Sku' }),
);

export const Product = v.pipe(
  v.object({
    id: v.string(),
    title: v.string(),
    description: v.string(),
    images: v.array(v.string()),
    category: v.string(),
    status: v.picklist(PRODUCT_STATUSES),
    productUrl: v.nullable(v.string()),
    defaultCreatorRateBps: v.pipe(v.number(), v.description('Default creator commission, basis points.')),
    samplePolicy: v.picklist(SAMPLE_POLICIES),
    sampleQuantity: v.number(),
    skus: v.array(Sku),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  v.metadata({ ref: 'Product' }),
);
export const ProductPage = Page(Product, 'ProductPage');

export const NewSku = v.strictObject({ ...SkuFields });

export const CreateProductBody = v.pipe(
  v.strictObject({
    title: ProductFields.title,
    description: v.optional(ProductFields.description, ''),
    images: ProductFields.images,
    category: ProductFields.category,
    status: v.optional(ProductFields.status, 'draft'),
    productUrl: v.optional(ProductFields.productUrl),
    defaultCreatorRateBps: ProductFields.defaultCreatorRateBps,
    samplePolicy: ProductFields.samplePolicy,
    sampleQuantity: ProductFields.sampleQuantity,
    skus: v.pipe(v.array(NewSku), v.minLength(1, 'give at least one SKU'), v.maxLength(100, 'a product has at most 100 SKUs')),
  }),
  v.metadata({ ref: 'CreateProduct' }),
);
export type CreateProductInput = v.InferOutput<typeof CreateProductBody>;

/** A SKU in an update, matched by code: an existing one may change `name` and `price`; a new one needs all but `stock`. */
export const SkuChange = v.strictObject({
  code: SkuFields.code,
  name: v.optional(SkuFields.name),
  price: v.optional(SkuFields.price),
  currency: v.optional(SkuFields.currency),
  stock: v.optional(SkuFields.stock),
});

export const UpdateProductBody = v.pipe(
  v.strictObject({
    title: v.optional(ProductFields.title),
    description: v.optional(ProductFields.description),
    images: v.optional(ProductFields.images),
    category: v.optional(ProductFields.category),
    status: v.optional(v.picklist(PRODUCT_STATUSES, 'must be draft, active, paused or archived')),
    productUrl: v.optional(v.nullable(ProductFields.productUrl)),
    defaultCreatorRateBps: v.optional(ProductFields.defaultCreatorRateBps),
    samplePolicy: v.optional(ProductFields.samplePolicy),
    sampleQuantity: v.optional(ProductFields.sampleQuantity),
    skus: v.optional(v.pipe(v.array(SkuChange), v.maxLength(100, 'a product has at most 100 SKUs'))),
  }),
  v.metadata({ ref: 'UpdateProduct' }),
);
export type UpdateProductInput = v.InferOutput<typeof UpdateProductBody>;

export const ProductListQuery = v.strictObject({
  ...PageQuery.entries,
  status: v.optional(v.picklist(PRODUCT_STATUSES, 'must be draft, active, paused or archived')),
  category: v.optional(ProductFields.category),
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100, 'is at most 100 characters'))),
  stockBelow: v.optional(v.pipe(v.string(), v.regex(/^\d{1,10}$/, 'must be a whole number'), v.transform(Number))),
});
export type ProductListInput = v.InferOutput<typeof ProductListQuery>;

export const StockAdjustmentBody = v.pipe(
  v.strictObject({
    delta: v.pipe(whole(1_000_000_000, -1_000_000_000), v.check((d) => d !== 0, 'must not be 0')),
    reason: text(200),
    idempotencyKey: v.optional(v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(100, 'is at most 100 characters'))),
  }),
  v.metadata({ ref: 'StockAdjustment' }),
);

export const StockLevel = v.pipe(v.object({ skuId: v.string(), stock: v.number() }), v.metadata({ ref: 'StockLevel' }));
