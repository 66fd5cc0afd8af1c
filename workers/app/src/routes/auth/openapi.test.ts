import { generateSpecs } from 'hono-openapi';
import { describe, expect, it } from 'vitest';
import { routes } from '../index';

const json = (x: any) => x?.content?.['application/json']?.schema?.$ref;

describe('Auth, organization, members and invitations in the OpenAPI document', () => {
  it('describes every operation with its auth, body and response schemas', async () => {
    const doc = (await generateSpecs(routes, { defaultValidationErrorResponse: false })) as any;
    const p = doc.paths;
    const ops: Record<string, [any, 'public' | 'session' | 'key', string | undefined, string | undefined]> = {
      getSession: [p['/auth/session'].get, 'public', undefined, 'SessionState'],
      signUp: [p['/auth/sign-up'].post, 'public', 'SignUpRequest', 'SessionState'],
      signIn: [p['/auth/sign-in'].post, 'public', 'SignInRequest', 'SessionState'],
      signOut: [p['/auth/sign-out'].post, 'public', undefined, undefined],
      switchOrg: [p['/auth/switch-org'].post, 'session', 'SwitchOrgRequest', 'SessionState'],
      createOrganization: [p['/auth/organizations'].post, 'session', 'NewOrganization', 'SessionState'],
      updateMe: [p['/auth/me'].patch, 'session', 'MePatch', 'SessionState'],
      acceptInvitation: [p['/auth/invitations/accept'].post, 'session', 'AcceptInvitation', 'SessionState'],
      getOrganization: [p['/v1/organization'].get, 'key', undefined, 'Organization'],
      updateOrganization: [p['/v1/organization'].patch, 'key', 'OrganizationPatch', 'Organization'],
      listMembers: [p['/v1/members'].get, 'key', undefined, 'MemberPage'],
      updateMember: [p['/v1/members/{id}'].patch, 'key', 'MemberPatch', 'Member'],
      removeMember: [p['/v1/members/{id}'].delete, 'key', undefined, undefined],
      createInvitation: [p['/v1/invitations'].post, 'key', 'NewInvitation', 'CreatedInvitation'],
      listInvitations: [p['/v1/invitations'].get, 'key', undefined, 'InvitationPage'],
      revokeInvitation: [p['/v1/invitations/{id}'].delete, 'key', undefined, undefined],
    };
    for (const [id, [op, auth, body, response]] of Object.entries(ops)) {
      expect(op?.operationId, id).toBe(id);
      const schemes = (op.security ?? []).flatMap((s: object) => Object.keys(s));
      expect(schemes, id).toEqual({ public: [], session: ['sessionCookie'], key: ['bearerAuth', 'sessionCookie'] }[auth]);
      if (auth === 'key') expect(op.description, id).toMatch(/Requires scope `(organization|members):(read|write)`/);
      if (body) expect(json(op.requestBody), id).toBe(`#/components/schemas/${body}`);
      const ok = op.responses['200'] ?? op.responses['201'] ?? op.responses['204'];
      expect(ok, id).toBeDefined();
      if (response) expect(json(ok), id).toBe(`#/components/schemas/${response}`);
    }
    expect(p['/auth/sign-in'].post.responses['429']).toBeDefined();
    const s = doc.components.schemas;
    expect(Object.keys(s.SessionState.properties).sort()).toEqual(['activeOrgId', 'csrfToken', 'organizations', 'user']);
    expect(s.SignUpRequest.properties.password.minLength).toBe(10);
    expect(s.CreatedInvitation.required).toContain('token');
    expect(s.Invitation.properties).not.toHaveProperty('token');
    expect(s.Member.properties.role.enum).toEqual(['owner', 'admin', 'member', 'viewer']);
  });
});
