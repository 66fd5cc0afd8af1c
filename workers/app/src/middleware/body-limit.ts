import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env';
import { ApiError } from '../lib/errors';

/** Request bodies above this size answer 413 before they are read. */
export const MAX_JSON_BODY = 1024 * 1024;

export const limitBody = (maxSize = MAX_JSON_BODY): MiddlewareHandler<AppEnv> =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError('payload_too_large', `The body is larger than ${maxSize} bytes.`);
    },
  });
