import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { PostSampleBody, Sample } from '../../schemas/sample';
import { postSample } from '../../services/samples/post';

/** Submit the post for a sample */
export const route = new Hono<AppEnv>().post(
  '/v1/samples/:id/post',
  doc({
    operationId: 'postSample',
    summary: 'Submit the post for a sample',
    description: 'For the creator. From `delivered` to `posted` with the https `postUrl`, on time or late (`postedOnTime`). Any other status is 409.',
    tags: ['Samples'],
    auth: 'key',
    scope: 'samples:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 200: { description: 'The sample request', schema: Sample } },
  }),
  requireScope('samples:write'),
  params(IdParam),
  jsonBody(PostSampleBody),
  async (c) => reply(c, Sample, await postSample({ ctx: serviceContext(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } })),
);
