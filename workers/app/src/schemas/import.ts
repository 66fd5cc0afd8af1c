import * as v from 'valibot';
import { IMPORT_STATUSES } from '@xuanpin/db';
import { Page, PageQuery, Timestamp } from './common';

export const RejectedRow = v.pipe(
  v.object({
    row: v.pipe(v.number(), v.description('The line of the file the row starts on (the header is line 1).')),
    field: v.pipe(v.string(), v.description('The CSV column at fault, or `row` for the row as a whole.')),
    reason: v.string(),
  }),
  v.metadata({ ref: 'RejectedRow' }),
);

const summary = {
  id: v.string(),
  status: v.pipe(v.picklist(IMPORT_STATUSES), v.description('pending → processing → done.')),
  filename: v.string(),
  totalRows: v.pipe(v.number(), v.description('Data rows in the file (not counting the header and blank lines).')),
  processedRows: v.pipe(v.number(), v.description('created + updated + unchanged + rejected so far; the import is done when it reaches totalRows.')),
  created: v.pipe(v.number(), v.description('Rows that added a SKU (and, for a new title, its product).')),
  updated: v.number(),
  unchanged: v.number(),
  rejected: v.number(),
  createdAt: Timestamp,
  finishedAt: v.nullable(Timestamp),
};

export const ImportSummary = v.pipe(v.object(summary), v.metadata({ ref: 'ImportSummary' }));
export const ImportJob = v.pipe(
  v.object({
    ...summary,
    rejectedRows: v.pipe(v.array(RejectedRow), v.description('Each rejected row with the column and the reason, in file order (the first 5,000).')),
  }),
  v.metadata({ ref: 'ImportJob' }),
);
export const ImportPage = Page(ImportSummary, 'ImportPage');
export const ImportListQuery = PageQuery;

export const UploadQuery = v.strictObject({
  filename: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200, 'is at most 200 characters')), 'products.csv'),
});

export const ContinueQuery = v.strictObject({
  chunks: v.optional(v.pipe(v.string(), v.regex(/^\d{1,2}$/, 'must be a whole number'), v.transform(Number), v.minValue(1), v.maxValue(20)), '4'),
});
