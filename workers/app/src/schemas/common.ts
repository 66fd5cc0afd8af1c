import * as v from 'valibot';
import { ORG_KINDS, ROLES, SCOPES } from '@xuanpin/core';

export const OrgKind = v.picklist(ORG_KINDS);
export const Role = v.picklist(ROLES);
export const ScopeSchema = v.picklist(SCOPES as [string, ...string[]]);
export const LOCALES = ['en', 'ja', 'zh-CN'] as const;
export const Locale = v.picklist(LOCALES);
/** Milliseconds since the Unix epoch. */
export const Timestamp = v.pipe(v.number(), v.integer());

/** A path id of the given prefix; anything else is simply not found. */
export const IdParam = v.object({ id: v.pipe(v.string(), v.maxLength(64)) });

/** The list envelope every collection answers: the items and an opaque cursor for the next page (null at the end). */
export const Page = <T extends v.GenericSchema>(item: T, ref: string) =>
  v.pipe(v.object({ data: v.array(item), nextCursor: v.nullable(v.string()) }), v.metadata({ ref }));

/** `?limit=&cursor=` for collections; limit defaults to 50, at most 200. */
export const PageQuery = v.strictObject({
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'limit must be a whole number'), v.transform(Number), v.minValue(1), v.maxValue(200)), '50'),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
