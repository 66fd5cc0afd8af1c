import { useId } from 'preact/hooks';
import { useI18n } from '../i18n';
import { CATEGORY_TREE, categoryName } from '../lib/categories';

/**
 * Several categories from the tree as toggle chips, a row per parent: the parent chip takes the whole branch, a
 * child chip only itself. `max` caps the choice (the API's limit).
 */
export function CategoryPicker({ legend, value, onValue, error, hint, max }: {
  legend: string;
  value: readonly string[];
  onValue(codes: string[]): void;
  error?: string | null;
  hint?: string;
  max?: number;
}) {
  const { locale } = useI18n();
  const id = useId();
  const toggle = (code: string) => onValue(value.includes(code) ? value.filter((c) => c !== code) : [...value, code]);
  const full = max !== undefined && value.length >= max;
  const chip = (code: string, parent = false) => {
    const on = value.includes(code);
    return (
      <button
        key={code}
        type="button"
        class={`toggle-chip${parent ? ' toggle-chip-parent' : ''}`}
        aria-pressed={on}
        disabled={!on && full}
        onClick={() => toggle(code)}
      >
        {categoryName(code, locale)}
      </button>
    );
  };
  return (
    <fieldset class="field category-picker" aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined} aria-invalid={error ? true : undefined}>
      <legend class="field-label">{legend}</legend>
      {hint && !error && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div class="category-rows">
        {CATEGORY_TREE.map((parent) => (
          <div key={parent.code} class="category-row">
            {chip(parent.code, true)}
            {parent.children?.map((c) => chip(c.code))}
          </div>
        ))}
      </div>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
