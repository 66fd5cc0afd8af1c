import { useLocation } from 'preact-iso';
import { api, unwrap } from '../api/client';
import { AuthLayout } from '../components/auth-layout';
import { ErrorNotice, Notice } from '../components/feedback';
import { useToast } from '../components/toast';
import { useI18n, useTitle } from '../i18n';
import { useAction } from '../lib/use-resource';
import { useSession } from '../state/session';

/** The link an invitee follows: accept when signed in, otherwise sign in or create an account first. */
export function AcceptInvitation() {
  useTitle('invite.acceptTitle');
  const { t } = useI18n();
  const { state, accept } = useSession();
  const { route, query, url } = useLocation();
  const toast = useToast();
  const token = query.token ?? '';
  const submit = useAction(async () => {
    const next = await unwrap(api.auth.invitations.accept.$post({ json: { token } }));
    accept(next);
    const joined = next.organizations.find((o) => o.id === next.activeOrgId);
    if (joined) toast(t('invite.accepted', { name: joined.name }));
    route('/');
  });
  const user = state?.user;

  return (
    <AuthLayout>
      <h1 class="auth-title">{t('invite.acceptTitle')}</h1>
      <p class="auth-subtitle">{t('invite.acceptBody')}</p>
      {!token ? (
        <Notice tone="warning">
          <p>{t('invite.missingToken')}</p>
        </Notice>
      ) : user ? (
        <div class="form">
          <ErrorNotice error={submit.error} />
          <p class="muted">{t('invite.signedInAs', { email: user.email })}</p>
          <button type="button" class="btn btn-primary btn-block btn-lg" onClick={() => submit.run()} disabled={submit.pending}>
            {submit.pending ? t('invite.accepting') : t('invite.accept')}
          </button>
        </div>
      ) : (
        <div class="form">
          <a class="btn btn-primary btn-block btn-lg" href={`/sign-up?invitation=${encodeURIComponent(token)}`}>
            {t('invite.signUpToAccept')}
          </a>
          <a class="btn btn-secondary btn-block btn-lg" href={`/sign-in?next=${encodeURIComponent(url)}`}>
            {t('invite.signInToAccept')}
          </a>
        </div>
      )}
    </AuthLayout>
  );
}
