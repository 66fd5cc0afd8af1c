import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { useFormErrors } from '../lib/form';
import { useAction } from '../lib/use-resource';
import { ConfirmDialog } from './dialog';
import { FormError } from './feedback';
import { TextAreaField } from './inputs';

interface ReasonField {
  label: string;
  hint?: string;
  /** A required reason must have at least this many characters (trimmed); 0 makes it optional. */
  minLength: number;
  maxLength?: number;
}

/**
 * A confirmation that runs one action: pending while it runs, its failure shown inside the dialog (a field error
 * under the reason when the server names `reason`), and optionally a reason the reader types (required for audited
 * actions). `action` receives the trimmed reason; the dialog closes through `onDone` once it succeeded.
 */
export function ActionDialog({ title, confirmLabel, tone = 'danger', reason, children, action, onDone, onCancel }: {
  title: string;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  reason?: ReasonField;
  children?: ComponentChildren;
  action(reason: string): Promise<unknown>;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const run = useAction(async () => {
    await action(text.trim());
    onDone();
  });
  const form = useFormErrors(run, { reason: 'reason' }, t);
  const confirm = () => {
    const short = reason && reason.minLength > 0 && text.trim().length < reason.minLength;
    const problem = short ? (text.trim() ? t('validation.minLength', { min: reason.minLength }) : t('validation.required')) : false;
    if (form.check({ reason: problem })) void run.run();
  };
  return (
    <ConfirmDialog title={title} confirmLabel={confirmLabel} tone={tone} pending={run.pending} onConfirm={confirm} onCancel={onCancel}>
      {children}
      {reason && (
        <TextAreaField
          label={reason.label}
          name="reason"
          value={text}
          onValue={form.bind('reason', setText)}
          error={form.errors.reason}
          hint={reason.hint}
          optional={reason.minLength === 0}
          maxLength={reason.maxLength ?? 500}
        />
      )}
      <FormError message={form.formError} />
    </ConfirmDialog>
  );
}
