import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, unwrap } from '../api/client';
import { AuthLayout } from '../components/auth-layout';
import { FormError, Notice } from '../components/feedback';
import { TextField } from '../components/field';
import { KindPicker, type SelfServeKind } from '../components/kind-picker';
import { useI18n, useTitle } from '../i18n';
import { useFormErrors } from '../lib/form';
import { EMAIL, safeNext } from '../lib/navigation';
import { useAction } from '../lib/use-resource';
import { useSession } from '../state/session';

/** Where the server's field paths land in this form. */
const FIELDS = {
  name: 'name',
  email: 'email',
  password: 'password',
  'organization.name': 'orgName',
  'organization.kind': 'kind',
  organization: 'orgName',
};

export function SignUp() {
  useTitle('signUp.title');
  const { t, locale } = useI18n();
  const { state, accept } = useSession();
  const { route, query } = useLocation();
  const invitationToken = query.invitation || undefined;
  const next = safeNext(query.next);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [orgName, setOrgName] = useState('');
  const [kind, setKind] = useState<SelfServeKind>('merchant');

  const submit = useAction(async () => {
    const base = { name: name.trim(), email: email.trim(), password, locale };
    const json = invitationToken ? { ...base, invitationToken } : { ...base, organization: { name: orgName.trim(), kind } };
    accept(await unwrap(api.auth['sign-up'].$post({ json })));
  });

  const form = useFormErrors(submit, FIELDS, t);
  const { errors } = form;

  useEffect(() => {
    if (state?.user) route(next, true);
  }, [state?.user, next]);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const ok = form.check({
      name: !name.trim() && t('validation.required'),
      email: !EMAIL.test(email.trim()) && t('validation.email'),
      password: (password.length < 10 || password.length > 200) && t('validation.passwordLength'),
      orgName: !invitationToken && !orgName.trim() && t('validation.required'),
    });
    if (ok) await submit.run();
  };


  return (
    <AuthLayout>
      <h1 class="auth-title">{t('signUp.title')}</h1>
      <p class="auth-subtitle">{invitationToken ? t('signUp.invitedSubtitle') : t('signUp.subtitle')}</p>
      <form class="form" onSubmit={onSubmit} noValidate>
        <FormError message={form.formError} />
        {invitationToken && (
          <Notice tone="info">
            <p>{t('signUp.invitation')}</p>
          </Notice>
        )}
        <TextField label={t('signUp.name')} name="name" autoComplete="name" value={name} onValue={form.bind('name', setName)} error={errors.name} maxLength={100} autoFocus />
        <TextField label={t('signUp.email')} name="email" type="email" autoComplete="email" value={email} onValue={form.bind('email', setEmail)} error={errors.email} />
        <TextField
          label={t('signUp.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onValue={form.bind('password', setPassword)}
          error={errors.password}
          hint={t('signUp.passwordHint')}
          maxLength={200}
        />
        {!invitationToken && (
          <>
            <TextField
              label={t('signUp.orgName')}
              name="organization"
              autoComplete="organization"
              value={orgName}
              onValue={form.bind('orgName', setOrgName)}
              error={errors.orgName}
              hint={t('signUp.orgNameHint')}
              maxLength={100}
            />
            <KindPicker legend={t('signUp.kind')} value={kind} onValue={form.bind('kind', setKind)} error={errors.kind} />
          </>
        )}
        <button type="submit" class="btn btn-primary btn-block btn-lg" disabled={submit.pending}>
          {submit.pending ? t('signUp.submitting') : t('signUp.submit')}
        </button>
      </form>
      <p class="auth-switch">
        {t('signUp.haveAccount')} <a href={query.next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>{t('signUp.signIn')}</a>
      </p>
    </AuthLayout>
  );
}
