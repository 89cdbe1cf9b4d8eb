/**
 * Entry point of the PWA: renders the app into #app, registers the service worker (updates wait
 * for the user's "Reload") and runs the reminder check once the store has opened.
 */
import './styles/app.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { App } from './app/App';
import type { AppState } from './app/state/app-context';
import { registerServiceWorker } from './platform/service-worker';
import { runReminderCheck } from './platform/reminder-check';

function onOpen(state: AppState): void {
  // Shows what is due (once each) and sets the icon badge; without permission it only sets the badge.
  runReminderCheck(state.db, state.today).catch((error: unknown) => console.warn('reminder check', error));
}

function Root() {
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  useEffect(() => {
    registerServiceWorker((apply) => setApplyUpdate(() => apply));
  }, []);
  return <App updateReady={applyUpdate} onReady={onOpen} />;
}

render(<Root />, document.getElementById('app')!);
