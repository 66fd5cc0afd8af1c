import { useId } from 'preact/hooks';
import { useI18n } from '../i18n';
import { Icon, type IconName } from './icon';

/** The organization kinds a user can found themselves (platform organizations are made by the operator). */
export const SELF_SERVE_KINDS = ['merchant', 'provider', 'creator'] as const;
export type SelfServeKind = (typeof SELF_SERVE_KINDS)[number];

const ICONS: Record<SelfServeKind, IconName> = { merchant: 'box', provider: 'flag', creator: 'sparkles' };

/** Radio cards: each kind with what it means, so the choice is an informed one. */
export function KindPicker({ legend, value, onValue, error }: { legend: string; value: SelfServeKind; onValue(kind: SelfServeKind): void; error?: string }) {
  const { t } = useI18n();
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset class="field kind-picker" aria-describedby={error ? errorId : undefined}>
      <legend class="field-label">{legend}</legend>
      <div class="kind-options">
        {SELF_SERVE_KINDS.map((kind) => (
          <label key={kind} class={value === kind ? 'kind-option kind-option-selected' : 'kind-option'}>
            <input type="radio" name={name} value={kind} checked={value === kind} onChange={() => onValue(kind)} />
            <span class="kind-option-icon">
              <Icon name={ICONS[kind]} />
            </span>
            <span class="kind-option-text">
              <span class="kind-option-name">{t(`kind.${kind}`)}</span>
              <span class="kind-option-help">{t(`kind.${kind}.help`)}</span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
