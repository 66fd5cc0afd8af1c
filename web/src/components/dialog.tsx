import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useI18n } from '../i18n';

interface ConfirmProps {
  title: string;
  children?: ComponentChildren;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  pending?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal confirmation on the native <dialog>: focus moves into it and is kept there, Escape cancels, and focus
 * returns to what opened it when it closes.
 */
export function ConfirmDialog({ title, children, confirmLabel, tone = 'danger', pending, onConfirm, onCancel }: ConfirmProps) {
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
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId} class="dialog-title">
          {title}
        </h2>
        <div class="dialog-body">{children}</div>
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </button>
          <button type="submit" class={tone === 'danger' ? 'btn btn-danger' : 'btn btn-primary'} disabled={pending} autoFocus>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
