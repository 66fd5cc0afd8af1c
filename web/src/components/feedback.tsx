import type { ComponentChildren } from 'preact';
import { ApiFailure } from '../api/client';
import { useI18n } from '../i18n';
import { errorText } from '../lib/errors';
import { Icon, type IconName } from './icon';

export function Spinner({ label }: { label?: string }) {
  return <span class="spinner" role={label ? 'status' : undefined} aria-label={label} />;
}

/** A block that says something is loading, announced to screen readers. */
export function Loading() {
  const { t } = useI18n();
  return (
    <div class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      <span>{t('common.loading')}</span>
    </div>
  );
}

/** Skeleton rows while a table loads: the layout does not jump when the data arrives. */
export function SkeletonRows({ rows = 3 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <div class="skeleton-list" role="status" aria-label={t('common.loading')}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} class="skeleton-row">
          <span class="skeleton" style={{ width: '32%' }} />
          <span class="skeleton" style={{ width: '22%' }} />
          <span class="skeleton" style={{ width: '14%' }} />
        </div>
      ))}
    </div>
  );
}

interface NoticeProps {
  tone: 'error' | 'info' | 'success' | 'warning';
  title?: string;
  children?: ComponentChildren;
  action?: ComponentChildren;
}

const NOTICE_ICON: Record<NoticeProps['tone'], IconName> = { error: 'alert', warning: 'alert', info: 'info', success: 'check' };

export function Notice({ tone, title, children, action }: NoticeProps) {
  return (
    <div class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <Icon name={NOTICE_ICON[tone]} class="notice-icon" />
      <div class="notice-body">
        {title && <p class="notice-title">{title}</p>}
        {children}
      </div>
      {action && <div class="notice-action">{action}</div>}
    </div>
  );
}

/** A failed call: our sentence, the request id for support, and a retry when one makes sense. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  const requestId = error instanceof ApiFailure ? error.requestId : undefined;
  return (
    <Notice
      tone="error"
      action={
        onRetry && (
          <button type="button" class="btn btn-secondary btn-sm" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )
      }
    >
      <p>{errorText(error, t)}</p>
      {requestId && <p class="notice-meta">{t('common.requestId', { id: requestId })}</p>}
    </Notice>
  );
}

/** A form-level error string (already translated), announced when it appears. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Notice tone="error">
      <p>{message}</p>
    </Notice>
  );
}

export function EmptyState({ icon, children }: { icon: IconName; children: ComponentChildren }) {
  return (
    <div class="empty">
      <span class="empty-icon">
        <Icon name={icon} size={22} />
      </span>
      <p>{children}</p>
    </div>
  );
}
