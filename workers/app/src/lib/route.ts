import type { Context } from 'hono';
import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status';
import { describeRoute, resolver, uniqueSymbol, validator } from 'hono-openapi';
import * as v from 'valibot';
import type { Scope } from '@xuanpin/core';
import { ApiError, ErrorBody, validationError } from './errors';

type AnySchema = v.GenericSchema;

const json = (schema: AnySchema) => ({ 'application/json': { schema: resolver(schema) } });

const ERROR_RESPONSES = {
  400: 'Malformed or invalid input; `error.path` names the field.',
  401: 'Missing, malformed, revoked or expired credentials.',
  403: 'The credentials lack the needed scope or role, or the CSRF token is missing.',
  404: 'No such resource in your organization.',
  409: 'Conflicts with existing data.',
  413: 'Body too large.',
  415: 'Body must be application/json.',
} as const;

export interface RouteDoc {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** `key` routes accept an API key or a web session; `session` routes only a session; `public` none. */
  auth: 'key' | 'session' | 'public';
  scope?: Scope;
  responses: Partial<Record<StatusCode, { description: string; schema?: AnySchema }>>;
  /** Error statuses this route can answer besides the generic ones. */
  errors?: (keyof typeof ERROR_RESPONSES)[];
}

/** OpenAPI description of one operation, from the same valibot schemas that validate it. */
export function doc(d: RouteDoc) {
  const responses: Record<string, { description: string; content?: ReturnType<typeof json> }> = {};
  for (const [status, r] of Object.entries(d.responses)) {
    if (!r) continue;
    responses[status] = { description: r.description, ...(r.schema ? { content: json(r.schema) } : {}) };
  }
  const errorStatuses = new Set<keyof typeof ERROR_RESPONSES>(d.errors ?? []);
  if (d.auth !== 'public') errorStatuses.add(401);
  if (d.scope) errorStatuses.add(403);
  for (const status of errorStatuses) {
    responses[status] = { description: ERROR_RESPONSES[status], content: json(ErrorBody) };
  }
  const scopeNote = d.scope ? `\n\nRequires scope \`${d.scope}\`.` : '';
  return describeRoute({
    operationId: d.operationId,
    summary: d.summary,
    description: (d.description ?? '') + scopeNote,
    tags: d.tags,
    security: d.auth === 'key' ? [{ bearerAuth: [] }, { sessionCookie: [] }] : d.auth === 'session' ? [{ sessionCookie: [] }] : [],
    responses,
  });
}

function hook(result: { success: boolean; error?: readonly unknown[] }) {
  if (!result.success) throw validationError((result.error ?? []) as v.BaseIssue<unknown>[]);
}

/**
 * Validates the JSON body: 415 unless it is sent as application/json, 400 `malformed_json` when it does not
 * parse, 400 `validation_failed` naming the field otherwise (strict schemas reject unknown fields).
 */
export const jsonBody = <S extends AnySchema>(schema: S) => {
  const inner = validator('json', schema, hook);
  const guarded: typeof inner = async (c, next) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      throw new ApiError('unsupported_media_type', 'Send the body as `Content-Type: application/json`.');
    }
    try {
      await c.req.json();
    } catch {
      throw new ApiError('malformed_json', 'The body is not valid JSON.');
    }
    return inner(c, next);
  };
  // hono-openapi finds the body schema through this symbol on the handler; without it no requestBody is documented.
  return Object.assign(guarded, { [uniqueSymbol]: (inner as unknown as Record<symbol, unknown>)[uniqueSymbol] });
};
export const query = <S extends AnySchema>(schema: S) => validator('query', schema, hook);
export const params = <S extends AnySchema>(schema: S) => validator('param', schema, hook);

/** Validates a response against its schema before sending it; a mismatch is our bug: a logged 500. */
export function reply<S extends AnySchema, Status extends ContentfulStatusCode = 200>(
  c: Context,
  schema: S,
  data: v.InferInput<S>,
  status?: Status,
) {
  const out = v.safeParse(schema, data);
  if (!out.success) {
    const services = c.get('services') as { logger: { error: (m: string, d: object) => void } } | undefined;
    services?.logger.error('response failed its schema', {
      path: c.req.path,
      issues: out.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`),
    });
    throw new ApiError('internal_error', 'Internal error.');
  }
  return c.json(out.output as v.InferOutput<S>, (status ?? 200) as Status);
}
