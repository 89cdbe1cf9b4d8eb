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
  /**
   * The store, opened on first use: its code (Dexie and every write) is a chunk fetched after
   * home's first render (AppProvider.tsx), so a write awaits it.
   */
  db(): Promise<SimKeeperDb>;
  /** The user's local calendar date (today.ts). */
  today: IsoDate;
  settings: Settings;
  sims: SimRecord[];
  /**
   * Whether every SIM's events are read (the reminder check waits for them, App.tsx). Home needs
   * none (it renders from the store's summaries), a SIM's screens their SIM's, Settings all.
   */
  historyLoaded: boolean;
  /** Whether the events of this SIM (or of every SIM) are read. */
  hasEvents(scope: 'all' | string): boolean;
  /** Asks for the events of this SIM (or of every SIM), unless they are read or on their way. */
  needEvents(scope: 'all' | string): void;
  /**
   * The events read so far, each SIM's in apply order, all of them (views[i].events stop at
   * today): a SIM's once hasEvents(simId), every SIM's once historyLoaded.
   */
  eventsBySim: ReadonlyMap<string, readonly EventRecord[]>;
  /**
   * Another tab is restoring a backup: this tab's writes wait until it ends (one IndexedDB
   * transaction holds the store), and App.tsx says so.
   */
  restoringElsewhere: boolean;
  /** Every SIM's projection and risk, most urgent first. */
  views: SimView[];
  lang: Lang;
  t: T;
  /**
   * Reads the store again after a write: the SIMs' summaries, and the events of the SIMs `touched`
   * (of every SIM whose events are read, when not given). Every other open tab reads them too.
   * `written`: SIMs' live events as a write just left them (a restore: applyImport), taken as they
   * are instead of read back, while every other SIM is read as `touched` says.
   */
  reload(touched?: readonly string[], written?: ReadonlyMap<string, EventRecord[]>): Promise<void>;
  setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void>;
  toast(message: string, action?: ToastAction): void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside <AppProvider>');
  return state;
}
