import { useEffect, useId, useRef } from 'preact/hooks';
import { useI18n } from '../i18n';
import { CopyButton } from './copy-button';
import { Icon } from './icon';

interface QrLink {
  code: string;
  shortUrl: string;
  qrUrl: string;
  productTitle: string;
}

/**
 * A link's QR code (the SVG the API draws, loaded with the session like any API call) in a modal on the native
 * <dialog>: large enough to scan off a laptop screen during a live stream, with its URL and an SVG download.
 */
export function QrDialog({ link, onClose }: { link: QrLink; onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog qr-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div class="qr-dialog-inner">
        <div class="qr-dialog-head">
          <h2 id={titleId} class="dialog-title">
            {t('qr.title', { product: link.productTitle })}
          </h2>
          <button type="button" class="icon-btn" aria-label={t('common.close')} onClick={onClose}>
            <Icon name="close" size={18} />
          </button>
        </div>
        <img class="qr-image" src={link.qrUrl} alt={t('qr.alt', { url: link.shortUrl })} width={280} height={280} data-testid="qr-image" />
        <p class="qr-help">{t('qr.help', { url: link.shortUrl })}</p>
        <code class="short-url short-url-block">{link.shortUrl}</code>
        <div class="dialog-actions">
          <CopyButton value={link.shortUrl} />
          <a class="btn btn-primary" href={link.qrUrl} download={`xuanpin-${link.code}.svg`}>
            <Icon name="download" />
            {t('qr.download')}
          </a>
        </div>
      </div>
    </dialog>
  );
}
