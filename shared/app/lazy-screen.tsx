/**
 * A screen fetched the first time it is shown, so that the first load carries only home and first
 * run. The service worker precaches every chunk, so this works offline too. While the chunk is on
 * its way the screen says "Loading…"; once it has arrived, later visits render at once, with no
 * loading frame. A fetch that fails (a broken install) says so, and the next visit tries again.
 *
 * Our own few lines rather than preact/compat's lazy + Suspense: the same behaviour without
 * pulling compat into the first load.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from './state/app-context';

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let ready: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchOnce = () => {
    pending ??= load().then(
      (component) => (ready = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };

  return function LazyScreen(props: P) {
    const { t } = useApp();
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => ready);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      let shown = true;
      fetchOnce().then(
        (component) => shown && setScreen(() => component),
        (error: unknown) => {
          console.error(error);
          if (shown) setFailed(true);
        },
      );
      return () => {
        shown = false;
      };
    }, []);
    if (Screen) return <Screen {...props} />;
    return failed
      ? <p class="notice notice--error" role="alert">{t('app.screenError')}</p>
      : <p class="loading">{t('app.loading')}</p>;
  };
}
