/**
 * The message area: always in the page as a polite live region, so that screen readers announce
 * each message. A toast stays while it has focus or the pointer is over it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { T } from '../../i18n';
import { TOAST_MS, type Toast } from '../state/toasts';

function ToastItem(props: { toast: Toast; t: T; onDismiss: () => void }) {
  const [held, setHeld] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (held) return;
    timer.current = setTimeout(props.onDismiss, TOAST_MS);
    return () => clearTimeout(timer.current);
  }, [held, props.onDismiss]);
  const { toast, t } = props;
  return (
    <div class="toast" onFocusIn={() => setHeld(true)} onFocusOut={() => setHeld(false)}
      onMouseEnter={() => setHeld(true)} onMouseLeave={() => setHeld(false)}>
      <p class="toast__message">{toast.message}</p>
      {toast.action && (
        <button type="button" class="button button--on-dark" onClick={() => { void toast.action!.run(); props.onDismiss(); }}>
          {toast.action.label}
        </button>
      )}
      <button type="button" class="toast__close" aria-label={t('toast.dismiss')} onClick={props.onDismiss}>×</button>
    </div>
  );
}

export function Toasts(props: { toasts: Toast[]; t: T; onDismiss: (id: number) => void }) {
  return (
    <div class="toasts" role="status" aria-live="polite" aria-label={props.t('toast.region')}>
      {props.toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} t={props.t} onDismiss={() => props.onDismiss(toast.id)} />
      ))}
    </div>
  );
}
