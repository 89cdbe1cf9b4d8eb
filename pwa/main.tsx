/**
 * Entry point of the PWA: renders the app into #app, registers the service worker (updates wait
 * for the user's "Reload") and runs the reminder check once the store has opened.
 *
 * The worker's registration (workbox-window) and the reminder check are fetched after the first
 * render, as chunks of their own: neither is needed to show the first screen.
 */
import './styles/app.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { App } from '../shared/app/App';
import type { AppState } from '../shared/app/state/app-context';
import { lazyScreen } from '../shared/app/lazy-screen';
import type { AppHost } from '../shared/app/host';
import { receiveShare } from './platform/share-target';

/** The PWA's own part of Settings, fetched with Settings' chunk, not in the first load. */
const PWA_HOST: AppHost = {
  DeviceSettings: lazyScreen(() => import('./components/DeviceReminders').then((m) => m.DeviceReminders)),
};

function onOpen(state: AppState): void {
  // Shows what is due (once each) and sets the icon badge; without permission it only sets the badge.
  // It decides from the SIMs and events the app has just loaded, rather than reading them again.
  // With no SIM nothing is due and the badge is cleared: no need to fetch the store's code (first use).
  const check = state.sims.length === 0
    ? import('./platform/sw-notifier').then(({ swNotifier }) => swNotifier.setBadge(0, null))
    : Promise.all([import('../shared/reminders/reminder-check'), import('./platform/sw-notifier'), state.db()])
      .then(([{ runReminderCheck }, { swNotifier }, db]) => runReminderCheck(db, state.today, swNotifier, state));
  check.catch((error: unknown) => console.warn('reminder check', error));
  // The same records as the SIM Keeper extension, when it is installed in this Chrome.
  import('./platform/extension-bridge').then(({ startExtensionBridge }) => startExtensionBridge(state.db, state.reload))
    .catch((error: unknown) => console.warn('extension bridge', error));
}

function Root() {
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  useEffect(() => {
    import('./platform/service-worker')
      .then(({ registerServiceWorker }) => registerServiceWorker((apply) => setApplyUpdate(() => apply)))
      .catch((error: unknown) => console.warn('service worker', error));
  }, []);
  return <App host={PWA_HOST} updateReady={applyUpdate} onReady={onOpen} />;
}

// An SMS shared to the installed app (the manifest's share_target) opens the SMS screen.
receiveShare(location, history);
render(<Root />, document.getElementById('app')!);
