import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { Icon } from './icon';

interface Toast {
  id: number;
  tone: 'success' | 'error';
  text: string;
}

const ToastContext = createContext<(text: string, tone?: Toast['tone']) => void>(() => {});

let next = 1;

/** Short confirmations after an action, in a polite live region; each fades after a few seconds. */
export function ToastProvider({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), []);
  const push = useCallback(
    (text: string, tone: Toast['tone'] = 'success') => {
      const id = next++;
      setToasts((all) => [...all.slice(-1), { id, tone, text }]);
      setTimeout(() => dismiss(id), 4000);
    },
    [dismiss],
  );
  const value = useMemo(() => push, [push]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div class="toasts" aria-live="polite" aria-atomic="false">
        {toasts.map((toast) => (
          <div key={toast.id} class={`toast toast-${toast.tone}`}>
            <Icon name={toast.tone === 'success' ? 'check' : 'alert'} />
            <span>{toast.text}</span>
            <button type="button" class="icon-btn" aria-label={t('common.close')} onClick={() => dismiss(toast.id)}>
              <Icon name="close" size={16} />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
