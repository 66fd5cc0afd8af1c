import { useState } from 'preact/hooks';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n';
import { useFormErrors } from '../lib/form';
import { useAction } from '../lib/use-resource';
import { SUB_ID, type PromoLink } from '../pages/links/types';
import { CopyButton } from './copy-button';
import { FormError, Notice } from './feedback';
import { TextField } from './field';
import { Icon } from './icon';
import { useCanWrite } from './kind-gate';
import { QrDialog } from './qr-dialog';
import { useToast } from './toast';
import '../pages/links/links.css';

/**
 * "Get link" on an offer: asks for the creator's link (the same one again if it exists — the API is idempotent per
 * offer and sub-id), then shows it ready to copy, with its QR code.
 */
export function GetLink({ offerId, productTitle }: { offerId: string; productTitle: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const canWrite = useCanWrite();
  const [subId, setSubId] = useState('');
  const [link, setLink] = useState<PromoLink | null>(null);
  const [qr, setQr] = useState(false);
  const create = useAction(async () => {
    const made = await unwrap(api.v1.links.$post({ json: { offerId, ...(subId.trim() ? { subId: subId.trim() } : {}) } }));
    setLink(made);
    toast(t('getLink.ready', { product: productTitle }));
  });
  const form = useFormErrors(create, { subId: 'subId', offerId: 'form' }, t);

  if (!canWrite) return null;
  return (
    <section class="get-link" aria-labelledby="get-link-title" data-testid="get-link">
      <h2 id="get-link-title" class="get-link-title">
        <Icon name="link" />
        {t('getLink.title')}
      </h2>
      {link ? (
        <>
          <p class="field-label">{link.subId ? `${t('getLink.shortLink')} · ${t('links.subIdLabel', { subId: link.subId })}` : t('getLink.shortLink')}</p>
          <div class="short-url-row">
            <code class="short-url" data-testid="short-url">
              {link.shortUrl}
            </code>
            <CopyButton value={link.shortUrl} label={t('copy.copyLink', { url: link.shortUrl })} testId="copy-link" />
          </div>
          {!link.offerOpen && (
            <Notice tone="warning">
              <p>{t('getLink.ended')}</p>
            </Notice>
          )}
          <div class="get-link-actions">
            <button type="button" class="btn btn-secondary btn-sm" onClick={() => setQr(true)}>
              <Icon name="image" size={16} />
              {t('links.qr')}
            </button>
            <button
              type="button"
              class="btn btn-ghost btn-sm"
              onClick={() => {
                setLink(null);
                setSubId('');
              }}
            >
              <Icon name="plus" size={16} />
              {t('getLink.another')}
            </button>
            <a class="btn btn-ghost btn-sm" href="/links">
              {t('getLink.allLinks')}
              <Icon name="arrowRight" size={16} />
            </a>
          </div>
          {qr && <QrDialog link={link} onClose={() => setQr(false)} />}
        </>
      ) : (
        <form
          class="get-link-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (form.check({ subId: subId.trim() !== '' && !SUB_ID.test(subId.trim()) && t('getLink.subIdInvalid') })) void create.run();
          }}
        >
          <p class="card-help">{t('getLink.help')}</p>
          <FormError message={form.formError ?? (form.errors.form || null)} />
          <div class="get-link-fields">
            <TextField
              label={t('getLink.subId')}
              name="subId"
              value={subId}
              onValue={form.bind('subId', setSubId)}
              error={form.errors.subId}
              hint={t('getLink.subIdHint')}
              placeholder={t('links.subIdPlaceholder')}
              optional
              maxLength={64}
            />
            <button type="submit" class="btn btn-primary" disabled={create.pending}>
              <Icon name="link" />
              {create.pending ? t('getLink.pending') : t('getLink.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
