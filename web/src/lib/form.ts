import { useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import { splitError } from './errors';

/**
 * A form's errors: those found before sending (`check`) and those the server answered for a field (through
 * `fields`, path → field), each cleared as soon as its field is edited; the rest is the form-level message.
 */
export function useFormErrors(action: { error: unknown; setError(error: unknown): void }, fields: Record<string, string>, t: Translate) {
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const server = splitError(action.error, fields, t);
  const errors: Record<string, string | undefined> = { ...server.fields, ...invalid };

  const edited = (field: string) => {
    if (invalid[field]) setInvalid(({ [field]: _, ...rest }) => rest);
    if (server.fields[field]) action.setError(null);
  };

  return {
    errors,
    formError: server.form,
    /** Records what is wrong before sending; true when nothing is. */
    check(problems: Record<string, string | false | undefined>): boolean {
      const found = Object.fromEntries(Object.entries(problems).filter((e): e is [string, string] => typeof e[1] === 'string'));
      setInvalid(found);
      return Object.keys(found).length === 0;
    },
    /** An onValue handler that also clears the field's error. */
    bind<V>(field: string, set: (value: V) => void) {
      return (value: V) => {
        set(value);
        edited(field);
      };
    },
    edited,
  };
}
