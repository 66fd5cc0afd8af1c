import type { MiddlewareHandler } from 'hono';
import { hasScope, type OrgKind, type Scope } from '@xuanpin/core';
import type { AppEnv } from '../../env';
import { ApiError } from '../../lib/errors';

/**
 * Enrollments sit between two kinds of organization: a merchant acts on them with its catalog scopes, a provider
 * with its activity scopes. Other kinds pass through to the service, which answers 403 or 404.
 */
export const requireScopeFor =
  (byKind: Partial<Record<OrgKind, Scope>>): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const scope = byKind[c.var.caller.orgKind];
    if (scope && !hasScope(c.var.caller.scopes, scope)) {
      throw new ApiError('forbidden', `This operation needs the \`${scope}\` scope.`);
    }
    return next();
  };

export const READ_SCOPES = { merchant: 'catalog:read', provider: 'activities:read' } as const;
