/**
 * What the app that mounts the shared screens adds of its own: the PWA a panel on what this
 * device does with reminders (service worker, periodic sync); the extension its own. The shared
 * screens never import pwa/ or extension/: each host hands its pieces in through <App host>.
 */
import { createContext, type ComponentType } from 'preact';
import { useContext } from 'preact/hooks';

export interface AppHost {
  /** Shown in Settings after the reminder lead days: how this host delivers reminders. */
  DeviceSettings?: ComponentType;
}

export const HostContext = createContext<AppHost>({});

export function useHost(): AppHost {
  return useContext(HostContext);
}
