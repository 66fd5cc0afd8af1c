import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useI18n } from '../i18n';

interface FieldProps {
  label: string;
  error?: string | null;
  hint?: string;
  optional?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
}

/** A labelled control with its hint and error, wired with aria-describedby / aria-invalid. */
export function Field({ label, error, hint, optional, children }: FieldProps) {
  const { t } = useI18n();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label class="field-label" for={id}>
        {label}
        {optional && <span class="field-optional"> ({t('common.optional')})</span>}
      </label>
      {children({ id, describedBy, invalid: !!error })}
      {hint && !error && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onValue(value: string): void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  error?: string | null;
  hint?: string;
  placeholder?: string;
  required?: boolean;
  optional?: boolean;
  maxLength?: number;
  autoFocus?: boolean;
}

export function TextField(props: TextFieldProps) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint} optional={props.optional}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          class="input"
          name={props.name}
          // Preact's types narrow <input> props per literal type; these three share every prop used here.
          type={(props.type ?? 'text') as 'text'}
          value={props.value}
          onInput={(e) => props.onValue(e.currentTarget.value)}
          autoComplete={props.autoComplete}
          placeholder={props.placeholder}
          required={props.required}
          maxLength={props.maxLength}
          autoFocus={props.autoFocus}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  name: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onValue(value: V): void;
  error?: string | null;
  hint?: string;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          class="select"
          name={props.name}
          value={props.value}
          onChange={(e) => props.onValue(e.currentTarget.value as V)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
