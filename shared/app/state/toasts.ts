/** Short messages at the foot of the screen, some with an action such as Undo. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ToastAction } from './app-context';

export interface Toast {
  id: number;
  /** The screen it was shown on: leaving the screen takes it away (it would cover the next one's buttons). */
  hash: string;
  message: string;
  action?: ToastAction;
}

/** How long a toast stays: long enough to read and reach Undo. */
export const TOAST_MS = 8000;

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);
  const show = useCallback((message: string, action?: ToastAction) => {
    const id = next.current++;
    // One at a time: a new message replaces the old one, so Undo always refers to the last action.
    setToasts([{ id, hash: location.hash, message, ...(action && { action }) }]);
  }, []);
  useEffect(() => {
    const onRoute = () => setToasts((list) => list.filter((toast) => toast.hash === location.hash));
    addEventListener('hashchange', onRoute);
    return () => removeEventListener('hashchange', onRoute);
  }, []);
  return { toasts, show, dismiss };
}
