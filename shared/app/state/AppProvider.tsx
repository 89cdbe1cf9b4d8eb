/**
 * Opens the store and loads it in two steps: first the SIMs with their summaries (one small record
 * each, whatever the length of the history), which is all home needs, so home's first render does
 * not grow with the number of events; then every SIM's events, which the other screens and the
 * reminder check need (App.tsx waits for them there). Reloads after each write.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import {
  getSettings, openSimKeeperDb, setSetting as storeSetting, simsWithEvents, simsWithSummaries,
  type EventRecord, type Settings, type SimKeeperDb, type SimRecord,
} from '../../db';
import { loadLanguage, translator } from '../../i18n';
import { preferredLanguage } from '../../i18n/preferred-language';
import { localToday } from '../../clock/today';
import { simViews, simViewsFromProjections } from '../../views/sim-views';
import type { Projection } from '../../rules/types';
import { AppContext, type AppState, type ToastAction } from './app-context';

interface Loaded {
  settings: Settings;
  sims: SimRecord[];
  /** From the summaries, for the day they were read on: until the events are in. */
  projections: ReadonlyMap<string, Projection>;
  /** null until every SIM's events are read. */
  eventsBySim: ReadonlyMap<string, readonly EventRecord[]> | null;
}

/**
 * The settings, with the words of their language loaded: the first render after the store answers
 * is in the user's language, never a frame of English first. Should the words not arrive (a broken
 * install), English is better than no app.
 */
async function settingsWithWords(db: SimKeeperDb): Promise<Settings> {
  const [stored, languageChosen] = await Promise.all([getSettings(db), db.settings.get('language')]);
  // Until the user picks one, the browser's own language decides (a phone set to Hindi opens in Hindi).
  const settings = languageChosen ? stored : { ...stored, language: preferredLanguage(navigator.languages ?? []) };
  await loadLanguage(settings.language).catch((error: unknown) => console.error('language', error));
  return settings;
}

/** The language and theme go on <html>, so screen readers and CSS follow them. */
function applyToDocument(settings: Settings): void {
  const root = document.documentElement;
  root.lang = settings.language;
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
}

export function AppProvider(props: {
  db?: SimKeeperDb;
  toast: (message: string, action?: ToastAction) => void;
  children: (state: AppState | null, error: unknown) => ComponentChildren;
}) {
  const [db] = useState(() => props.db ?? openSimKeeperDb());
  const [today, setToday] = useState(localToday);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      const day = localToday();
      const [settings, { sims, projections }] = await Promise.all([settingsWithWords(db), simsWithSummaries(db, day)]);
      applyToDocument(settings);
      // Keep the events of the last load meanwhile (a reload after a write): screens never lose them.
      setLoaded((last) => ({ settings, sims, projections, eventsBySim: last?.eventsBySim ?? null }));
      const full = await simsWithEvents(db);
      setLoaded({ settings, sims: full.sims, projections, eventsBySim: full.eventsBySim });
    } catch (cause) {
      console.error(cause);
      setError(cause);
    }
  }, [db]);

  useEffect(() => {
    void reload();
    // A phone keeps the app open for days: take the new date when it comes back into view.
    const onVisible = () => {
      if (document.visibilityState === 'visible') setToday(localToday());
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  const setSetting = useCallback(async <K extends keyof Settings>(key: K, value: Settings[K]) => {
    await storeSetting(db, key, value);
    await reload();
  }, [db, reload]);

  const state = useMemo<AppState | null>(() => {
    if (!loaded) return null;
    const lang = loaded.settings.language;
    const { settings, sims, eventsBySim } = loaded;
    const historyLoaded = eventsBySim !== null;
    return {
      db, today, lang, t: translator(lang), settings, sims, historyLoaded,
      eventsBySim: eventsBySim ?? new Map(),
      views: historyLoaded ? simViews(sims, eventsBySim, today) : simViewsFromProjections(sims, loaded.projections),
      reload, setSetting, toast: props.toast,
    };
  }, [db, today, loaded, reload, setSetting, props.toast]);

  return <AppContext.Provider value={state}>{props.children(state, error)}</AppContext.Provider>;
}
