import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env';
import { ApiError } from '../lib/errors';

/** Request bodies above this size answer 413 before they are read. */
export const MAX_JSON_BODY = 1024 * 1024;

/** Upload routes (CSV files) that apply their own, larger `limitBody(size)`: the default limit lets them through. */
export const OWN_LIMIT_PATHS: ReadonlySet<string> = new Set(['/v1/imports/products']);

export const limitBody = (maxSize = MAX_JSON_BODY): MiddlewareHandler<AppEnv> => {
  const limit = bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError('payload_too_large', `The body is larger than ${maxSize} bytes.`);
    },
  });
  return (c, next) => (maxSize === MAX_JSON_BODY && OWN_LIMIT_PATHS.has(c.req.path) ? next() : limit(c, next));
};
