import * as v from 'valibot';

/** The closed set of error codes and the HTTP status each maps to. */
export const ERROR_STATUS = {
  bad_request: 400,
  malformed_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  misconfigured: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

export const ERROR_DESCRIPTIONS: Record<ErrorCode, string> = {
  bad_request: 'The request is not acceptable as sent.',
  malformed_json: 'The body is not valid JSON.',
  validation_failed: 'A field is missing, of the wrong type, out of range or unknown; `path` names it.',
  unauthorized: 'No valid credentials: a missing, malformed, revoked or expired key, or no session.',
  forbidden: 'The credentials are valid but lack the scope or role this operation needs.',
  csrf_failed: 'A state-changing request from the browser did not carry the CSRF token.',
  not_found: 'No such resource in your organization.',
  method_not_allowed: 'The path exists, but not for this method.',
  conflict: 'The request conflicts with existing data (a duplicate, or an idempotency key reused with other content).',
  payload_too_large: 'The body is larger than the limit.',
  unsupported_media_type: 'The body must be sent as application/json.',
  rate_limited: 'Too many attempts; wait and retry.',
  internal_error: 'Something failed on our side. It has been logged with the request id.',
  misconfigured: 'The deployment is missing a binding or setting.',
};

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly path?: string;
  readonly issues?: { path: string; message: string }[];

  constructor(code: ErrorCode, message: string, extra: { path?: string; issues?: { path: string; message: string }[] } = {}) {
    super(message);
    this.code = code;
    this.path = extra.path;
    this.issues = extra.issues;
  }

  get status(): (typeof ERROR_STATUS)[ErrorCode] {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new ApiError('not_found', `${what} not found.`);

export const ErrorBody = v.pipe(
  v.object({
    error: v.object({
      code: v.picklist(ERROR_CODES),
      message: v.string(),
      docs: v.string(),
      requestId: v.string(),
      path: v.optional(v.string()),
      issues: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
    }),
  }),
  v.metadata({ ref: 'Error' }),
);
export type ErrorBody = v.InferOutput<typeof ErrorBody>;

export function errorBody(err: ApiError, requestId: string, origin: string): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      docs: `${origin}/docs/errors#${err.code}`,
      requestId,
      ...(err.path !== undefined ? { path: err.path } : {}),
      ...(err.issues ? { issues: err.issues } : {}),
    },
  };
}

/** Turns valibot issues into a validation error naming the first field (and listing all). */
export function validationError(issues: readonly v.BaseIssue<unknown>[]): ApiError {
  const list = issues.map((issue) => ({
    path: v.getDotPath(issue) ?? '',
    message: issue.message,
  }));
  const first = list[0];
  const where = first?.path ? `\`${first.path}\`: ` : '';
  return new ApiError('validation_failed', `${where}${first?.message ?? 'Invalid input.'}`, {
    path: first?.path ?? '',
    issues: list,
  });
}
