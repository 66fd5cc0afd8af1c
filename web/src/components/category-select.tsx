import { useI18n } from '../i18n';
import { CATEGORY_TREE, categoryName } from '../lib/categories';
import { Field } from './field';

/**
 * One category from the tree, grouped by parent; a parent itself can be chosen too (a filter on `kitchen` finds
 * `kitchen.tableware`). With `emptyLabel`, an empty choice comes first (a filter's "any").
 */
export function CategorySelect({ label, name, value, onValue, error, hint, emptyLabel, compact }: {
  label: string;
  name: string;
  value: string;
  onValue(code: string): void;
  error?: string | null;
  hint?: string;
  emptyLabel?: string;
  compact?: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <Field label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          class={compact ? 'select select-sm' : 'select'}
          value={value}
          onChange={(e) => onValue(e.currentTarget.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : !value && <option value="">{t('category.choose')}</option>}
          {CATEGORY_TREE.map((parent) =>
            parent.children?.length ? (
              <optgroup key={parent.code} label={categoryName(parent.code, locale)}>
                <option value={parent.code}>{t('category.all', { name: categoryName(parent.code, locale) })}</option>
                {parent.children.map((child) => (
                  <option key={child.code} value={child.code}>
                    {categoryName(child.code, locale)}
                  </option>
                ))}
              </optgroup>
            ) : (
              <option key={parent.code} value={parent.code}>
                {categoryName(parent.code, locale)}
              </option>
            ),
          )}
        </select>
      )}
    </Field>
  );
}
