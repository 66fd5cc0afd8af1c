import { ApiFailure } from '../api/client';
import type { MessageKey, Translate } from '../i18n';

/** Codes whose server message is generic: the reader gets our translated sentence instead. */
const TRANSLATED: Record<string, MessageKey> = {
  network: 'error.network',
  internal_error: 'error.internal_error',
  misconfigured: 'error.internal_error',
  rate_limited: 'error.rate_limited',
  csrf_failed: 'error.csrf_failed',
  unauthorized: 'error.unauthorized',
  forbidden: 'error.forbidden',
  not_found: 'error.not_found',
};

/** One sentence for the reader. Specific failures (validation, conflicts) keep the server's words. */
export function errorText(err: unknown, t: Translate): string {
  if (!(err instanceof ApiFailure)) return t('error.internal_error');
  const key = TRANSLATED[err.code];
  return key ? t(key) : err.message;
}

/**
 * Field errors of a failed submission: the server's `path` (e.g. `email`, `organization.name`) mapped to a form field
 * through `fields` (path → field name). What no field shows goes to the form-level notice.
 */
export function splitError(err: unknown, fields: Record<string, string>, t: Translate) {
  if (err instanceof ApiFailure && err.path && err.code === 'validation_failed') {
    const field = fields[err.path];
    // The server's message starts with the path in backticks; the field label already says which field it is.
    const message = err.message.replace(/^`[^`]*`:\s*/, '');
    if (field) return { fields: { [field]: message }, form: null };
  }
  return { fields: {} as Record<string, string>, form: err == null ? null : errorText(err, t) };
}
