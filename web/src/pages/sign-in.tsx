import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, ApiFailure, unwrap } from '../api/client';
import { AuthLayout } from '../components/auth-layout';
import { FormError } from '../components/feedback';
import { TextField } from '../components/field';
import { useI18n, useTitle } from '../i18n';
import { useFormErrors } from '../lib/form';
import { EMAIL, safeNext } from '../lib/navigation';
import { useAction } from '../lib/use-resource';
import { useSession } from '../state/session';

export function SignIn() {
  useTitle('signIn.submit');
  const { t } = useI18n();
  const { state, accept } = useSession();
  const { route, query } = useLocation();
  const next = safeNext(query.next);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = useAction(async () => accept(await unwrap(api.auth['sign-in'].$post({ json: { email: email.trim(), password } }))));

  const form = useFormErrors(submit, { email: 'email', password: 'password' }, t);

  useEffect(() => {
    if (state?.user) route(next, true);
  }, [state?.user, next]);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const ok = form.check({
      email: !EMAIL.test(email.trim()) && t('validation.email'),
      password: !password && t('validation.required'),
    });
    if (ok) await submit.run();
  };

  // A wrong password is answered 401; say it plainly, in the reader's language.
  const wrong = submit.error instanceof ApiFailure && submit.error.status === 401;
  const { errors } = form;

  return (
    <AuthLayout>
      <h1 class="auth-title">{t('signIn.title')}</h1>
      <p class="auth-subtitle">{t('signIn.subtitle')}</p>
      <form class="form" onSubmit={onSubmit} noValidate>
        <FormError message={wrong ? t('signIn.invalid') : form.formError} />
        <TextField label={t('signIn.email')} name="email" type="email" autoComplete="email" value={email} onValue={form.bind('email', setEmail)} error={errors.email} autoFocus />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onValue={form.bind('password', setPassword)}
          error={errors.password}
        />
        <button type="submit" class="btn btn-primary btn-block btn-lg" disabled={submit.pending}>
          {submit.pending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p class="auth-switch">
        {t('signIn.noAccount')}{' '}
        <a href={query.next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'}>{t('signIn.createAccount')}</a>
      </p>
    </AuthLayout>
  );
}
