/**
 * Entry point of the extension's app page (app.html): the same app as the PWA, with the
 * extension's part of Settings. The store is the extension's own (its origin's IndexedDB, shared
 * with the popup and the background); after a visit the background refreshes the reminders,
 * badge and alarms, which may have changed.
 */
import './app.css';
import { render } from 'preact';
import { App } from '../../shared/app/App';
import { lazyScreen } from '../../shared/app/lazy-screen';
import type { AppHost } from '../../shared/app/host';
import { askBackground, REFRESH } from '../platform/page-messages';

const EXTENSION_HOST: AppHost = {
  DeviceSettings: lazyScreen(() => import('./ExtensionDevice').then((m) => m.ExtensionDevice)),
};

function refreshBackground(): void {
  void askBackground({ kind: REFRESH });
}

// Leaving the page (or hiding its tab) is when the user is done changing things.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') refreshBackground();
});

render(<App host={EXTENSION_HOST} onReady={refreshBackground} />, document.getElementById('app')!);
