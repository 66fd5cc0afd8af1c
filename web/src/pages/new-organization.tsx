import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, unwrap } from '../api/client';
import { FormError } from '../components/feedback';
import { TextField } from '../components/field';
import { KindPicker, type SelfServeKind } from '../components/kind-picker';
import { Card, PageHeader } from '../components/page';
import { useToast } from '../components/toast';
import { useI18n, useTitle } from '../i18n';
import { useFormErrors } from '../lib/form';
import { useAction } from '../lib/use-resource';
import { useSession } from '../state/session';

/** A new organization owned by the signed-in user, made active once created. */
export function NewOrganization() {
  useTitle('newOrg.title');
  const { t } = useI18n();
  const { accept } = useSession();
  const { route } = useLocation();
  const toast = useToast();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SelfServeKind>('merchant');

  const submit = useAction(async () => {
    const trimmed = name.trim();
    accept(await unwrap(api.auth.organizations.$post({ json: { name: trimmed, kind } })));
    toast(t('newOrg.created', { name: trimmed }));
    route('/');
  });

  const form = useFormErrors(submit, { name: 'name', kind: 'kind' }, t);
  const { errors } = form;

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (form.check({ name: !name.trim() && t('validation.required') })) await submit.run();
  };

  return (
    <>
      <PageHeader title={t('newOrg.title')} subtitle={t('newOrg.subtitle')} />
      <Card class="narrow">
        <form class="form" onSubmit={onSubmit} noValidate>
          <FormError message={form.formError} />
          <TextField label={t('signUp.orgName')} name="name" value={name} onValue={form.bind('name', setName)} error={errors.name} hint={t('signUp.orgNameHint')} maxLength={100} autoFocus />
          <KindPicker legend={t('signUp.kind')} value={kind} onValue={form.bind('kind', setKind)} error={errors.kind} />
          <div class="form-actions">
            <a class="btn btn-secondary" href="/">
              {t('common.cancel')}
            </a>
            <button type="submit" class="btn btn-primary" disabled={submit.pending}>
              {submit.pending ? t('newOrg.submitting') : t('newOrg.submit')}
            </button>
          </div>
        </form>
      </Card>
    </>
  );
}
