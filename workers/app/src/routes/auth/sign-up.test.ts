import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations, users } from '@xuanpin/db';
import { createTenant, createUser } from '@xuanpin/db/test/factories';
import { overrideServices } from '../../middleware/init';
import { db } from '../../../test/security';
import { auditActions, Browser, countUsers, createInvitation, membershipsOf, uniqueEmail } from './test-browser';

const PASSWORD = 'a long enough password';

afterEach(() => overrideServices(undefined));

async function signUp(body: Record<string, unknown>, browser = new Browser()) {
  await browser.open();
  return { browser, res: await browser.fetch('POST', '/auth/sign-up', body) };
}

describe('POST /auth/sign-up', () => {
  it('creates the user and an organization they own, and signs them in', async () => {
    const email = uniqueEmail('Founder').toUpperCase();
    const { browser, res } = await signUp({ email, password: PASSWORD, name: 'Aiko', locale: 'ja', organization: { name: 'Café Ōsaka Goods', kind: 'merchant' } });
    expect(res.status, res.text).toBe(201);
    expect(res.body.user).toMatchObject({ email: email.toLowerCase(), name: 'Aiko', locale: 'ja' });
    expect(res.body.organizations).toHaveLength(1);
    const org = res.body.organizations[0];
    expect(org).toMatchObject({ name: 'Café Ōsaka Goods', kind: 'merchant', role: 'owner' });
    expect(org.slug).toMatch(/^cafe-osaka-goods(-\d+)?$/);
    expect(res.body.activeOrgId).toBe(org.id);

    const [user] = await db().select().from(users).where(eq(users.email, email.toLowerCase()));
    expect(user.passwordHash).toMatch(/^pbkdf2-sha256\$100000\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await auditActions(org.id)).toEqual(expect.arrayContaining(['organization.created', 'user.signed_up']));

    const session = res.setCookies.find((l) => l.startsWith('xp_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session, 'plain-HTTP localhost cannot keep Secure cookies').not.toMatch(/Secure/i);
    expect(res.body.csrfToken).toBe(browser.csrf);
    expect((await browser.open()).body.user.email).toBe(email.toLowerCase());
  });

  it('sets a Secure __Host- session cookie over HTTPS', async () => {
    const { res } = await signUp(
      { email: uniqueEmail(), password: PASSWORD, name: 'Bo', organization: { name: 'Bo Creations', kind: 'creator' } },
      new Browser('https://app.example.test'),
    );
    expect(res.status, res.text).toBe(201);
    const session = res.setCookies.find((l) => l.startsWith('__Host-xp_session='));
    expect(session, res.setCookies.join('\n')).toMatch(/Secure/);
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
  });

  it('makes slugs unique when names repeat', async () => {
    const name = `Same Name ${Date.now()}`;
    const a = await signUp({ email: uniqueEmail(), password: PASSWORD, name: 'A', organization: { name, kind: 'provider' } });
    const b = await signUp({ email: uniqueEmail(), password: PASSWORD, name: 'B', organization: { name, kind: 'provider' } });
    expect(a.res.body.organizations[0].slug).not.toBe(b.res.body.organizations[0].slug);
  });

  it('answers 409 for an email already taken, whatever its case, and writes nothing', async () => {
    const existing = await createUser(db());
    const { res } = await signUp({ email: existing.email.toUpperCase(), password: PASSWORD, name: 'X', organization: { name: 'Dup', kind: 'merchant' } });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'conflict', path: 'email' });
    expect(res.setCookies.some((l) => l.includes('xp_session'))).toBe(false);
  });

  it('writes all or nothing: a concurrent sign-up with the same email leaves no orphan organization', async () => {
    const email = uniqueEmail();
    const orgName = `Orphan ${Date.now()}`;
    // Just before the batch runs, another request takes the email: the batch must fail as a whole.
    overrideServices((s) => ({
      ...s,
      db: new Proxy(s.db, {
        get(target, prop) {
          if (prop === 'batch') return async (writes: any) => (await createUser(target, { email }), target.batch(writes));
          const value = Reflect.get(target, prop);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    }));
    const { res } = await signUp({ email, password: PASSWORD, name: 'Late', organization: { name: orgName, kind: 'merchant' } });
    expect(res.status, res.text).toBe(409);
    expect(await countUsers(email)).toBe(1);
    expect(await db().select().from(organizations).where(eq(organizations.name, orgName))).toEqual([]);
  });

  it('answers 403 without the CSRF token and writes nothing', async () => {
    const browser = new Browser();
    await browser.open();
    browser.sendCsrf = false;
    const email = uniqueEmail();
    const res = await browser.fetch('POST', '/auth/sign-up', { email, password: PASSWORD, name: 'X', organization: { name: 'Y', kind: 'merchant' } });
    expect(res.status, res.text).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
    expect(await countUsers(email)).toBe(0);
  });

  it('rejects invalid input naming the field, and writes nothing', async () => {
    const email = uniqueEmail();
    const orgName = `Never ${Date.now()}`;
    const cases: [Record<string, unknown>, string][] = [
      [{ email, password: 'short', name: 'X', organization: { name: orgName, kind: 'merchant' } }, 'password'],
      [{ email: 'not-an-email', password: PASSWORD, name: 'X', organization: { name: orgName, kind: 'merchant' } }, 'email'],
      [{ email, password: PASSWORD, name: 'X', organization: { name: orgName, kind: 'platform' } }, 'organization.kind'],
      [{ email, password: PASSWORD, name: 'X', organization: { name: orgName, kind: 'merchant' }, admin: true }, 'admin'],
      [{ email, password: PASSWORD, name: 'X' }, 'organization'],
      [{ email, password: PASSWORD, name: 'X', organization: { name: orgName, kind: 'merchant' }, invitationToken: 'x' }, 'organization'],
    ];
    for (const [body, path] of cases) {
      const { res } = await signUp(body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path, res.text).toBe(path);
    }
    expect(await countUsers(email)).toBe(0);
    expect(await db().select().from(organizations).where(eq(organizations.name, orgName))).toEqual([]);
  });

  it('joins the inviting organization with the invited role instead of creating one', async () => {
    const t = await createTenant(db(), 'provider');
    const inv = await createInvitation(t.org.id, { role: 'admin' });
    const { res } = await signUp({ email: inv.email, password: PASSWORD, name: 'Invitee', invitationToken: inv.token });
    expect(res.status, res.text).toBe(201);
    expect(res.body.organizations).toEqual([expect.objectContaining({ id: t.org.id, role: 'admin' })]);
    expect(res.body.activeOrgId).toBe(t.org.id);
    expect((await membershipsOf(t.org.id)).map((m) => m.role).sort()).toEqual(['admin', 'owner']);
    expect(await auditActions(t.org.id)).toEqual(expect.arrayContaining(['invitation.accepted', 'user.signed_up']));
  });

  it('answers 404 for an invitation meant for another email, or no longer pending, and writes nothing', async () => {
    const t = await createTenant(db());
    const other = await createInvitation(t.org.id);
    const used = await createInvitation(t.org.id, { acceptedAt: Date.now() });
    const expired = await createInvitation(t.org.id, { expiresAt: Date.now() - 1 });
    for (const [email, token] of [[uniqueEmail(), other.token], [used.email, used.token], [expired.email, expired.token]]) {
      const { res } = await signUp({ email, password: PASSWORD, name: 'X', invitationToken: token });
      expect(res.status, res.text).toBe(404);
      expect(await countUsers(email)).toBe(0);
    }
    expect(await membershipsOf(t.org.id)).toHaveLength(1);
  });
});
