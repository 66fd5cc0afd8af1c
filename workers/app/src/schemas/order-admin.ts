import * as v from 'valibot';
import { HOLD_REASONS } from '@xuanpin/core';
import { COMMISSION_PARTS } from '@xuanpin/db';
import { Page, PageQuery } from './common';
import { UploadQuery } from './import';
import { Order } from './order';

/** Order administration (issue 5): the merchant's order CSV; the platform's fraud holds and re-attribution. */

export const OrderImportQuery = v.strictObject({ filename: v.optional(UploadQuery.entries.filename.wrapped, 'orders.csv') });

const Reason = v.pipe(
  v.string('reason must be a string'),
  v.trim(),
  v.minLength(3, 'reason must be 3 to 500 characters'),
  v.maxLength(500, 'reason must be 3 to 500 characters'),
  v.description('Why, in words: kept in the audit log.'),
);

export const HoldsQuery = v.strictObject({
  ...PageQuery.entries,
  reason: v.optional(v.pipe(v.picklist(HOLD_REASONS, `reason must be one of ${HOLD_REASONS.join(', ')}`), v.description('Only orders held by this rule.'))),
});
export type HoldsInput = v.InferOutput<typeof HoldsQuery>;

export const HeldOrder = v.pipe(
  v.object({
    ...Order.entries,
    merchantOrgId: v.string(),
    merchantName: v.string(),
    creatorName: v.nullable(v.string()),
    heldAmount: v.pipe(v.number(), v.description('What the held commission lines are worth now, in minor units of `currency`.')),
    held: v.pipe(
      v.array(v.object({ part: v.picklist(COMMISSION_PARTS), orgId: v.string(), amount: v.number() })),
      v.description('The held amount per beneficiary part, over the order’s lines.'),
    ),
  }),
  v.metadata({ ref: 'HeldOrder' }),
);
export const HeldOrderPage = Page(HeldOrder, 'HeldOrderPage');

export const ReleaseHoldBody = v.pipe(v.strictObject({ reason: Reason }), v.metadata({ ref: 'ReleaseHold' }));

export const ReattributeBody = v.pipe(
  v.strictObject({
    clickId: v.pipe(
      v.nullable(v.pipe(v.string('clickId must be a string or null'), v.minLength(1, 'clickId must not be empty'), v.maxLength(64))),
      v.description('The click to attribute the order to (it must attribute it: this merchant’s offer, within its window at `placedAt`), or null for none.'),
    ),
    reason: Reason,
  }),
  v.metadata({ ref: 'Reattribute' }),
);
