import * as v from 'valibot';
import { Locale, OrgKind, Role } from './common';

export const Email = v.pipe(v.string(), v.maxLength(254), v.email('must be an email address'));
/** A person's or an organization's display name: 1–100 characters, not only spaces. */
export const DisplayName = v.pipe(v.string(), v.maxLength(100), v.regex(/\S/, 'must not be blank'));

/** Who is signed in in this browser, and the token to echo as `X-CSRF-Token` on writes. */
export const SessionState = v.pipe(
  v.object({
    user: v.nullable(v.object({ id: v.string(), email: v.string(), name: v.string(), locale: Locale })),
    organizations: v.array(v.object({ id: v.string(), name: v.string(), slug: v.string(), kind: OrgKind, role: Role })),
    activeOrgId: v.nullable(v.string()),
    csrfToken: v.string(),
  }),
  v.metadata({ ref: 'SessionState' }),
);
export type SessionState = v.InferOutput<typeof SessionState>;
