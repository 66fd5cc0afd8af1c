import type { InferResponseType } from 'hono/client';
import type { api } from './client';

/** Shapes the web uses, inferred from the Worker's routes so that a server change shows up here as a type error. */
export type SessionState = InferResponseType<typeof api.auth.session.$get, 200>;
export type SessionUser = NonNullable<SessionState['user']>;
export type SessionOrg = SessionState['organizations'][number];
export type OrgKind = SessionOrg['kind'];
export type Role = SessionOrg['role'];
export type Organization = InferResponseType<typeof api.v1.organization.$get, 200>;
export type Member = InferResponseType<typeof api.v1.members.$get, 200>['data'][number];
export type Invitation = InferResponseType<typeof api.v1.invitations.$get, 200>['data'][number];
export type CreatedInvitation = InferResponseType<typeof api.v1.invitations.$post, 201>;
export type ApiKey = InferResponseType<typeof api.v1.keys.$get, 200>['data'][number];
export type CreatedApiKey = InferResponseType<typeof api.v1.keys.$post, 201>;
