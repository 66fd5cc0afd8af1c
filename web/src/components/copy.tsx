import { useEffect, useId, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { Icon } from './icon';

/**
 * A secret or link shown for copying: the whole value, wrapped so it is readable on a phone and selected in one
 * click, and a Copy button that confirms. When the clipboard is refused, the value is selected for Ctrl+C.
 */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const { t } = useI18n();
  const labelId = useId();
  const valueId = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const select = () => {
    const node = document.getElementById(valueId);
    const selection = window.getSelection();
    if (!node || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      select();
      setState('failed');
    }
  };
  return (
    <div class="copy-field">
      <p class="field-label" id={labelId}>
        {label}
      </p>
      <div class="copy-row">
        <code id={valueId} class="copy-value" aria-labelledby={labelId} data-testid={testId} tabIndex={0} onFocus={select}>
          {value}
        </code>
        <button type="button" class="btn btn-secondary" onClick={copy} aria-describedby={labelId}>
          <Icon name={state === 'copied' ? 'check' : 'copy'} />
          <span>{state === 'copied' ? t('common.copied') : t('common.copy')}</span>
        </button>
      </div>
      <p class="field-hint" aria-live="polite">
        {state === 'failed' ? t('common.copyFailed') : ''}
      </p>
    </div>
  );
}
