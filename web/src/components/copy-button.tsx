import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { Icon } from './icon';

/**
 * Copies text: the Clipboard API where the page may use it (secure contexts), else the older copy command on a
 * hidden text area (some in-app browsers refuse the API). False when neither worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/** A Copy button that says "Copied" for a moment; when copying is refused it says so, and the text stays selectable. */
export function CopyButton({ value, label, compact = false, testId }: { value: string; label?: string; compact?: boolean; testId?: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const text = state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : t('common.copy');
  return (
    <button
      type="button"
      class={compact ? 'btn btn-secondary btn-sm copy-btn' : 'btn btn-secondary copy-btn'}
      data-testid={testId}
      data-state={state}
      aria-label={label}
      title={state === 'failed' ? text : label}
      onClick={async () => setState((await copyText(value)) ? 'copied' : 'failed')}
    >
      <Icon name={state === 'copied' ? 'check' : state === 'failed' ? 'alert' : 'copy'} size={compact ? 16 : 18} />
      <span aria-live="polite">{state === 'failed' && compact ? t('common.copy') : text}</span>
    </button>
  );
}
