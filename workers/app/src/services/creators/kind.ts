import type { OrgKind } from '@xuanpin/core';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';

const NAMES: Record<OrgKind, string> = { merchant: 'merchants', provider: 'providers', creator: 'creators', platform: 'the platform' };

/** 403 unless the caller's organization is of one of `kinds`: an operation belongs to one side of the market. */
export function requireKind(ctx: ServiceContext, ...kinds: OrgKind[]): void {
  if (!kinds.includes(ctx.caller.orgKind)) {
    throw new ApiError('forbidden', `This operation is for ${kinds.map((k) => NAMES[k]).join(' and ')}.`);
  }
}
