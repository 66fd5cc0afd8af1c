/**
 * The product CSV (import and export share it). One row per SKU, keyed by `sku_code`; rows with the same
 * `product_title` are one product's SKUs. Prices are in major units (128.00 CNY, 1980 JPY); `image_urls` are
 * separated by `|`. See services/imports/README.md for the full rules.
 */
export const IMPORT_COLUMNS = [
  'sku_code',
  'product_title',
  'sku_name',
  'price',
  'currency',
  'stock',
  'category',
  'status',
  'description',
  'image_urls',
  'product_url',
  'default_creator_rate_bps',
  'sample_policy',
  'sample_quantity',
] as const;
export type Column = (typeof IMPORT_COLUMNS)[number];
export type RowValues = Partial<Record<Column, string>>;

/** Columns the header must have; the others may be left out (their cells count as blank). */
export const REQUIRED_COLUMNS: readonly Column[] = ['sku_code', 'product_title', 'sku_name', 'price', 'currency', 'category'];

/** Columns describing the product rather than the SKU: one value per product, whichever row carries it. */
export const PRODUCT_COLUMNS: readonly Column[] = [
  'category',
  'status',
  'description',
  'image_urls',
  'product_url',
  'default_creator_rate_bps',
  'sample_policy',
  'sample_quantity',
];

export const MAX_CSV_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 50_000;
/** A product holds at most this many SKUs (as through the API). */
export const MAX_SKUS = 100;
/** Rows per chunk, and a cap on a chunk's stored size (a D1 row holds at most 2 MB). */
export const CHUNK_ROWS = 250;
export const CHUNK_CHARS = 400_000;
/** No valid cell is this long (the longest, image_urls, is at most 10 × 2048): longer cells are refused early. */
export const MAX_CELL = 25_000;
/** The report keeps about this many rejected rows; `rejected` counts them all. */
export const MAX_REPORTED = 5_000;
