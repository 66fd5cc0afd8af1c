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
