import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../env';
import { ApiError, errorBody } from './errors';
import { createLogger } from './logger';

/** Every error leaves as the one error body; unknown errors become a logged, generic 500. */
export function onError(err: Error, c: Context<AppEnv>) {
  const requestId = c.var.requestId ?? 'unknown';
  let apiError: ApiError;
  if (err instanceof ApiError) {
    apiError = err;
  } else if (err instanceof HTTPException && err.status < 500) {
    apiError = /json/i.test(err.message)
      ? new ApiError('malformed_json', 'The body is not valid JSON.')
      : new ApiError('bad_request', err.message || 'Bad request.');
  } else {
    const logger = c.var.services?.logger ?? createLogger(requestId);
    logger.error('unhandled error', { path: c.req.path, method: c.req.method, error: String(err), stack: err?.stack });
    apiError = new ApiError('internal_error', 'Internal error. Quote the request id if you contact support.');
  }
  c.header('X-Request-Id', requestId);
  return c.json(errorBody(apiError, requestId, new URL(c.req.url).origin), apiError.status);
}
