import { useEffect, useRef, useState } from 'preact/hooks';
import { RESOURCE_FAMILIES, SCOPES, type ResourceFamily, type Scope } from '@xuanpin/core/tenancy';
import { api, unwrap } from '../../api/client';
import type { ApiKey, CreatedApiKey } from '../../api/types';
import { CopyField } from '../../components/copy';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState, ErrorNotice, FormError, Notice, SkeletonRows } from '../../components/feedback';
import { SelectField, TextField } from '../../components/field';
import { Icon } from '../../components/icon';
import { Card, PageHeader } from '../../components/page';
import { useToast } from '../../components/toast';
import { useI18n, useTitle, type Translate } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

const DAY = 86_400_000;
const EXPIRY = ['never', '30', '90', '365'] as const;
type Expiry = (typeof EXPIRY)[number];
const OVERLAPS = ['0', '3600', '86400', '604800'] as const;
type Overlap = (typeof OVERLAPS)[number];

/** Per family: none, read, or write (which includes read). */
type Access = Partial<Record<ResourceFamily, 'read' | 'write'>>;

function scopesOf(access: Access): Scope[] {
  return RESOURCE_FAMILIES.flatMap((f) => (access[f] ? [`${f}:${access[f]}` as Scope] : []));
}

function keyStatus(key: ApiKey, now: number): 'active' | 'revoked' | 'expired' {
  if (key.revokedAt !== null) return 'revoked';
  if (key.expiresAt !== null && key.expiresAt <= now) return 'expired';
  return 'active';
}

function ScopeChips({ scopes, t }: { scopes: readonly string[]; t: Translate }) {
  // A key holding every scope reads better as one chip than as twenty-four.
  if (SCOPES.every((s) => scopes.includes(s) || scopes.includes(s.replace(':read', ':write')))) {
    return <span class="chip">{t('keys.allScopes')}</span>;
  }
  const shown = scopes.slice(0, 3);
  return (
    <span class="chips" title={scopes.join(', ')}>
      {shown.map((s) => (
        <code key={s} class="chip">
          {s}
        </code>
      ))}
      {scopes.length > shown.length && <span class="chip chip-more">{t('keys.moreScopes', { count: scopes.length - shown.length })}</span>}
    </span>
  );
}

export function ApiKeys() {
  useTitle('keys.title');
  const { t, formatDate, formatDateTime } = useI18n();
  const { activeOrg, canManage } = useSession();
  const toast = useToast();
  const keys = useResource(() => unwrap(api.v1.keys.$get({ query: { limit: '200' } })), [activeOrg?.id]);
  const [name, setName] = useState('');
  const [access, setAccess] = useState<Access>({});
  const [expiry, setExpiry] = useState<Expiry>('never');
  const [secret, setSecret] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [rotating, setRotating] = useState<ApiKey | null>(null);
  const [overlap, setOverlap] = useState<Overlap>('86400');
  const revealRef = useRef<HTMLDivElement>(null);

  // A new secret appears at the top of the page: bring it into view, wherever the action was taken.
  useEffect(() => {
    if (!secret) return;
    revealRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    revealRef.current?.focus({ preventScroll: true });
  }, [secret]);

  const create = useAction(async () => {
    const json = {
      name: name.trim(),
      scopes: scopesOf(access),
      ...(expiry === 'never' ? {} : { expiresAt: Date.now() + Number(expiry) * DAY }),
    };
    setSecret(await unwrap(api.v1.keys.$post({ json })));
    setName('');
    setAccess({});
    setExpiry('never');
    await keys.reload();
  });

  const revoke = useAction(async (key: ApiKey) => {
    await unwrap(api.v1.keys[':id'].revoke.$post({ param: { id: key.id } }));
    setRevoking(null);
    toast(t('keys.revoked', { name: key.name }));
    await keys.reload();
  });

  const rotate = useAction(async (key: ApiKey) => {
    const next = await unwrap(api.v1.keys[':id'].rotate.$post({ param: { id: key.id }, json: { overlapSeconds: Number(overlap) } }));
    setRotating(null);
    setSecret(next);
    toast(t('keys.rotated', { name: key.name }));
    await keys.reload();
  });

  const form = useFormErrors(create, { name: 'name', scopes: 'scopes', expiresAt: 'expiry' }, t);
  const { errors } = form;

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const ok = form.check({
      name: !name.trim() && t('validation.required'),
      scopes: scopesOf(access).length === 0 && t('validation.scopes'),
    });
    if (ok) {
      setSecret(null);
      await create.run();
    }
  };

  const toggle = (family: ResourceFamily, level: 'read' | 'write', on: boolean) => {
    form.edited('scopes');
    setAccess((a) => {
      const next = { ...a };
      if (on) next[family] = level;
      else if (level === 'write') next[family] = 'read';
      else delete next[family];
      return next;
    });
  };

  if (!activeOrg) return null;
  const rows = keys.data?.data ?? [];
  const starts = new Map(rows.map((k) => [k.id, k.start]));
  const now = Date.now();

  return (
    <>
      <PageHeader title={t('keys.title')} subtitle={t('keys.subtitle', { org: activeOrg.name })} />
      {secret && (
        <div ref={revealRef} tabIndex={-1} class="reveal reveal-secret" data-testid="api-key-created" role="region" aria-labelledby="secret-title">
          <div class="reveal-head">
            <Icon name="key" class="reveal-icon" />
            <div>
              <p class="reveal-title" id="secret-title">
                {t('keys.secretTitle')}
              </p>
              <p class="reveal-body">{t('keys.secretBody')}</p>
            </div>
          </div>
          <CopyField label={t('keys.secretLabel', { name: secret.name })} value={secret.key} testId="api-key-secret" />
          <div class="reveal-actions">
            <button type="button" class="btn btn-secondary btn-sm" onClick={() => setSecret(null)}>
              {t('common.done')}
            </button>
          </div>
        </div>
      )}
      {canManage ? (
        <Card title={t('keys.new')}>
          <form class="form" onSubmit={onSubmit} noValidate>
            <FormError message={form.formError} />
            <div class="form-row form-row-2">
              <TextField label={t('keys.name')} name="name" value={name} onValue={form.bind('name', setName)} error={errors.name} hint={t('keys.nameHint')} maxLength={100} />
              <SelectField<Expiry>
                label={t('keys.expiry')}
                name="expiry"
                value={expiry}
                onValue={form.bind('expiry', setExpiry)}
                error={errors.expiry}
                options={EXPIRY.map((e) => ({ value: e, label: t(`keys.expiry.${e}`) }))}
              />
            </div>
            <fieldset class="field scopes" aria-describedby={errors.scopes ? 'scopes-error' : 'scopes-hint'}>
              <legend class="field-label">{t('keys.scopes')}</legend>
              <div class="scopes-bar">
                <p class="field-hint" id="scopes-hint">
                  {t('keys.scopesHint')}
                </p>
                <div class="scopes-tools">
                  <button type="button" class="btn btn-link btn-sm" onClick={() => {
                      form.edited('scopes');
                      setAccess(Object.fromEntries(RESOURCE_FAMILIES.map((f) => [f, 'read'])));
                    }}>
                    {t('keys.allRead')}
                  </button>
                  <button type="button" class="btn btn-link btn-sm" onClick={() => setAccess({})}>
                    {t('keys.clear')}
                  </button>
                </div>
              </div>
              <div class="scope-grid">
                {RESOURCE_FAMILIES.map((f) => (
                  <div key={f} class={access[f] ? 'scope-row scope-row-on' : 'scope-row'}>
                    <span class="scope-name">{t(`scope.${f}`)}</span>
                    <label class="check">
                      <input
                        type="checkbox"
                        name={`${f}:read`}
                        checked={!!access[f]}
                        disabled={access[f] === 'write'}
                        onChange={(e) => toggle(f, 'read', e.currentTarget.checked)}
                      />
                      <span>{t('keys.read')}</span>
                      <span class="visually-hidden"> {t(`scope.${f}`)}</span>
                    </label>
                    <label class="check">
                      <input type="checkbox" name={`${f}:write`} checked={access[f] === 'write'} onChange={(e) => toggle(f, 'write', e.currentTarget.checked)} />
                      <span>{t('keys.write')}</span>
                      <span class="visually-hidden"> {t(`scope.${f}`)}</span>
                    </label>
                  </div>
                ))}
              </div>
              {errors.scopes && (
                <p class="field-error" id="scopes-error">
                  {errors.scopes}
                </p>
              )}
            </fieldset>
            <div class="form-actions">
              <button type="submit" class="btn btn-primary" disabled={create.pending}>
                <Icon name="plus" />
                {create.pending ? t('keys.submitting') : t('keys.submit')}
              </button>
            </div>
          </form>
        </Card>
      ) : (
        <Notice tone="info">
          <p>{t('keys.readOnly')}</p>
        </Notice>
      )}
      <Card title={t('keys.list')}>
        <ErrorNotice error={keys.error} onRetry={keys.reload} />
        {keys.loading && !keys.data ? (
          <SkeletonRows />
        ) : rows.length === 0 ? (
          <EmptyState icon="key">{t('keys.empty')}</EmptyState>
        ) : (
          <table class="table" data-testid="api-keys">
            <thead>
              <tr>
                <th scope="col">{t('keys.name')}</th>
                <th scope="col">{t('keys.key')}</th>
                <th scope="col">{t('keys.scopes')}</th>
                <th scope="col">{t('keys.lastUsed')}</th>
                <th scope="col">{t('keys.status')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((k) => {
                const status = keyStatus(k, now);
                return (
                  <tr key={k.id} class={status === 'active' ? undefined : 'row-muted'}>
                    <td data-label={t('keys.name')}>
                      <span class="cell-strong">{k.name}</span>
                      <span class="cell-sub">
                        {t('keys.created')} {formatDate(k.createdAt)}
                      </span>
                      {k.rotatedFrom && starts.has(k.rotatedFrom) && (
                        <span class="cell-sub">{t('keys.replaces', { start: starts.get(k.rotatedFrom)! })}</span>
                      )}
                    </td>
                    <td data-label={t('keys.key')}>
                      <code class="key-start">{k.start}…</code>
                    </td>
                    <td data-label={t('keys.scopes')}>
                      <ScopeChips scopes={k.scopes} t={t} />
                    </td>
                    <td data-label={t('keys.lastUsed')}>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('common.never')}</td>
                    <td data-label={t('keys.status')}>
                      <span class={`badge badge-status-${status}`}>{t(`keys.status.${status}`)}</span>
                      {status === 'active' && k.expiresAt !== null && <span class="cell-sub">{t('keys.expiresOn', { date: formatDate(k.expiresAt) })}</span>}
                    </td>
                    <td class="cell-actions">
                      {canManage && status === 'active' && (
                        <div class="row-actions">
                          <button type="button" class="btn btn-ghost btn-sm" onClick={() => setRotating(k)}>
                            <Icon name="rotate" size={16} />
                            {t('keys.rotate')}
                          </button>
                          <button type="button" class="btn btn-ghost btn-sm btn-danger-text" onClick={() => setRevoking(k)}>
                            {t('keys.revoke')}
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Card>
      {revoking && (
        <ConfirmDialog
          title={t('keys.revokeTitle', { name: revoking.name })}
          confirmLabel={t('keys.revoke')}
          pending={revoke.pending}
          onConfirm={() => revoke.run(revoking)}
          onCancel={() => {
            setRevoking(null);
            revoke.setError(null);
          }}
        >
          <p>{t('keys.revokeBody')}</p>
          <ErrorNotice error={revoke.error} />
        </ConfirmDialog>
      )}
      {rotating && (
        <ConfirmDialog
          title={t('keys.rotateTitle', { name: rotating.name })}
          confirmLabel={t('keys.rotate')}
          tone="primary"
          pending={rotate.pending}
          onConfirm={() => rotate.run(rotating)}
          onCancel={() => {
            setRotating(null);
            rotate.setError(null);
          }}
        >
          <p>{t('keys.rotateBody')}</p>
          <SelectField<Overlap>
            label={t('keys.overlap')}
            name="overlap"
            value={overlap}
            onValue={setOverlap}
            options={OVERLAPS.map((o) => ({ value: o, label: t(`keys.overlap.${o}`) }))}
          />
          <ErrorNotice error={rotate.error} />
        </ConfirmDialog>
      )}
    </>
  );
}
