/** The app's shared state, read by every screen through useApp(). */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EventRecord, Settings, SimKeeperDb, SimRecord } from '../../db';
import type { Lang, T } from '../../i18n';
import type { IsoDate } from '../../rules/dates';
import type { SimView } from '../../views/sim-views';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface AppState {
  db: SimKeeperDb;
  /** The user's local calendar date (today.ts). */
  today: IsoDate;
  settings: Settings;
  sims: SimRecord[];
  /**
   * Whether every SIM's events are read. Home renders before (from the store's summaries); every
   * other screen, and the reminder check, waits for them (App.tsx).
   */
  historyLoaded: boolean;
  /** Each SIM's events in apply order, all of them (views[i].events stop at today); empty until historyLoaded. */
  eventsBySim: ReadonlyMap<string, readonly EventRecord[]>;
  /** Every SIM's projection and risk, most urgent first. */
  views: SimView[];
  lang: Lang;
  t: T;
  /** Reads the store again after a write. */
  reload(): Promise<void>;
  setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void>;
  toast(message: string, action?: ToastAction): void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside <AppProvider>');
  return state;
}
