import { useId } from 'preact/hooks';
import { Field } from './field';

/**
 * Controls the catalog and marketplace forms need beyond field.tsx: long text, numbers typed as text (so the
 * reader's "12.5" reaches our parser unchanged, never a float), an input with a unit beside it, and dates.
 */

interface Base {
  label: string;
  name: string;
  value: string;
  onValue(value: string): void;
  error?: string | null;
  hint?: string;
  optional?: boolean;
  placeholder?: string;
}

export function TextAreaField(props: Base & { rows?: number; maxLength?: number }) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint} optional={props.optional}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          class="input textarea"
          name={props.name}
          rows={props.rows ?? 3}
          value={props.value}
          maxLength={props.maxLength}
          placeholder={props.placeholder}
          onInput={(e) => props.onValue(e.currentTarget.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}

/** A number typed as text, with an optional unit before (`CNY`) or after (`%`) it. */
export function AmountField(props: Base & { prefix?: string; suffix?: string; decimal?: boolean; signed?: boolean }) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint} optional={props.optional}>
      {({ id, describedBy, invalid }) => (
        <span class="input-group">
          {props.prefix && <span class="input-affix">{props.prefix}</span>}
          <input
            id={id}
            class="input"
            name={props.name}
            type="text"
            inputMode={props.signed ? 'text' : props.decimal ? 'decimal' : 'numeric'}
            autoComplete="off"
            value={props.value}
            placeholder={props.placeholder}
            onInput={(e) => props.onValue(e.currentTarget.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
          />
          {props.suffix && <span class="input-affix">{props.suffix}</span>}
        </span>
      )}
    </Field>
  );
}

export function DateField(props: Base & { min?: string }) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint} optional={props.optional}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          class="input"
          name={props.name}
          type="date"
          min={props.min}
          value={props.value}
          onInput={(e) => props.onValue(e.currentTarget.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}

/** A checkbox with its label and a line of help under it (the help describes the box; it is not part of its name). */
export function CheckField({ label, help, name, checked, onChecked }: { label: string; help?: string; name: string; checked: boolean; onChecked(on: boolean): void }) {
  const id = useId();
  return (
    <div class="check-field">
      <input id={id} type="checkbox" name={name} checked={checked} onChange={(e) => onChecked(e.currentTarget.checked)} aria-describedby={help ? `${id}-help` : undefined} />
      <span>
        <label class="check-field-label" for={id}>
          {label}
        </label>
        {help && (
          <span class="check-field-help" id={`${id}-help`}>
            {help}
          </span>
        )}
      </span>
    </div>
  );
}
