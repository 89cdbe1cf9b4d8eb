/**
 * Opens the store and reads the SIMs with their summaries (one small record each, whatever the
 * length of the history), which is all home needs, so home's first render does not grow with the
 * number of events. Events are read as screens ask for them (App.tsx: a SIM's page its own SIM's
 * months, Settings every SIM's), and every SIM's once the page is idle, for the reminder check.
 * A write re-reads the summaries and only the events of the SIM it touched.
 *
 * The first read is IndexedDB's own (first-look.ts): the store's code (Dexie, every read of events
 * and every write, shared/db/index.ts) is a chunk fetched after home's first render, when the page
 * is idle or at the first write, whichever comes first (issue 11: the first load's size).
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EventRecord, Settings, SimKeeperDb, SimRecord } from '../../db';
import { DEFAULT_DB_NAME } from '../../db/db-name';
import { asShown } from '../../db/settings';
import { firstLook, type FirstLook } from '../../db/first-look';
import { announce, openStoreChannel, storeMessageOf } from '../../db/store-channel';
import { loadLanguage, translator } from '../../i18n';
import { localToday } from '../../clock/today';
import { loadedViews } from './loaded-views';
import type { IsoDate } from '../../rules/dates';
import type { Projection } from '../../rules/types';
import { AppContext, type AppState, type ToastAction } from './app-context';

/** The store's code, a chunk of its own (see above). */
const storeCode = () => import('../../db');

/** Opens the store once, on first use: the one given (tests), or the app's, after its code arrives. */
function storeOpener(given: SimKeeperDb | undefined): () => Promise<SimKeeperDb> {
  let opening: Promise<SimKeeperDb> | null = given ? Promise.resolve(given) : null;
  return () => (opening ??= storeCode().then(({ openSimKeeperDb }) => openSimKeeperDb(DEFAULT_DB_NAME)));
}

/** What home needs, through Dexie: after a write, or when first-look.ts cannot read the store. */
async function readThroughDexie(db: SimKeeperDb, today: IsoDate): Promise<FirstLook> {
  const { getSettings, simsWithSummaries } = await storeCode();
  const [settings, language, { sims, projections }] = await Promise.all([getSettings(db), db.settings.get('language'), simsWithSummaries(db, today)]);
  return { settings, languageChosen: language !== undefined, sims, projections };
}

interface Loaded {
  settings: Settings;
  sims: SimRecord[];
  /** From the summaries, for the day they were read on: every SIM has one. */
  projections: ReadonlyMap<string, Projection>;
  /** The events of the SIMs read so far (each in apply order, tombstones left out). */
  eventsBySim: ReadonlyMap<string, readonly EventRecord[]>;
  /** Whether every SIM's events are read. */
  all: boolean;
}

/** Which SIMs' events the screens have asked for. */
interface Wanted {
  all: boolean;
  sims: Set<string>;
}

/** Waits until the page is idle (or 2 s at most): the full read for the reminder check never delays a screen. */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/**
 * The settings, with the words of their language loaded: the first render after the store answers
 * is in the user's language, never a frame of English first. Should the words not arrive (a broken
 * install), English is better than no app.
 */
async function withWords(stored: Settings, languageChosen: boolean): Promise<Settings> {
  const settings = asShown(stored, languageChosen, navigator.languages ?? []);
  await loadLanguage(settings.language).catch((error: unknown) => console.error('language', error));
  return settings;
}

/** The loaded events with the SIMs in `written` replaced (and dropped when no longer live). */
function withWritten(
  loaded: ReadonlyMap<string, readonly EventRecord[]> | undefined, written: ReadonlyMap<string, EventRecord[]>, live: ReadonlySet<string>,
): ReadonlyMap<string, readonly EventRecord[]> {
  if (written.size === 0) return loaded ?? new Map();
  const merged = new Map(loaded);
  for (const [simId, events] of written) {
    if (live.has(simId)) merged.set(simId, events);
    else merged.delete(simId);
  }
  return merged;
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
  const [dbName] = useState(() => props.db?.name ?? DEFAULT_DB_NAME);
  const [db] = useState(() => storeOpener(props.db));
  /** Whether the store has been read once: later reads go through Dexie (its code is in by then, or wanted). */
  const readOnce = useRef(false);
  /**
   * Home's first read, begun as the app is first drawn, not in an effect after the first frame:
   * it is most of the wait before home shows (issue 11: 100 ms of a 270 ms first render was the
   * effect's wait for a frame). With the day it was read for, in case midnight passes meanwhile.
   */
  const [firstRead] = useState(() => {
    const day = localToday();
    return firstLook(dbName, day).catch(() => null).then((look) => ({ day, look }));
  });
  const [today, setToday] = useState(localToday);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const wanted = useRef<Wanted>({ all: false, sims: new Set() });
  const have = useRef<Wanted>({ all: false, sims: new Set() });
  /** Bumped by every reload: an events read begun before it is stale, and the reload reads again. */
  const generation = useRef(0);

  /**
   * How many live SIMs the last read found. With none there are no events to read (events of a
   * deleted SIM are never shown), and first use need not fetch the store's code for nothing.
   */
  const liveSims = useRef<number | null>(null);

  /** The events of `simIds` (or of every SIM), through Dexie. */
  const eventsOf = useCallback(async (scope: 'all' | readonly string[]) => {
    const [store, { simsWithEvents, eventsBySim }] = await Promise.all([db(), storeCode()]);
    return scope === 'all' ? (await simsWithEvents(store)).eventsBySim : eventsBySim(store, scope);
  }, [db]);

  /** Reads the events of `simIds` (or of every SIM) and adds them to what is loaded. */
  const readEvents = useCallback(async (scope: 'all' | readonly string[]) => {
    const started = generation.current;
    const read = scope === 'all' && liveSims.current === 0 ? new Map<string, readonly EventRecord[]>() : await eventsOf(scope);
    if (started !== generation.current) return;
    if (scope === 'all') have.current.all = true;
    for (const simId of read.keys()) have.current.sims.add(simId);
    setLoaded((last) => last && {
      ...last,
      eventsBySim: scope === 'all' ? read : new Map([...last.eventsBySim, ...read]),
      all: last.all || scope === 'all',
    });
  }, [eventsOf]);

  const fail = useCallback((cause: unknown) => {
    console.error(cause);
    setError(cause);
  }, []);

  /**
   * Reads the store again after a write: the SIMs and their summaries (one small record each), and
   * the events only of the SIMs `touched` (every SIM whose events are loaded when not said), plus
   * any asked for whose read a reload overtook. SIMs in `written` take those events, unread.
   */
  const refresh = useCallback(async (touched?: readonly string[], written: ReadonlyMap<string, EventRecord[]> = new Map()) => {
    generation.current++;
    try {
      const day = localToday();
      const early = readOnce.current ? null : await firstRead;
      const first = early?.day === day ? early.look : null;
      const { settings: stored, languageChosen, sims, projections } = first ?? await readThroughDexie(await db(), day);
      // `npm run bench -- home-first-render`: how much of home's first render is the read.
      if (!readOnce.current) performance.mark('sim-keeper:store-read', { detail: first ? 'first-look' : 'dexie' });
      readOnce.current = true;
      const settings = await withWords(stored, languageChosen);
      applyToDocument(settings);
      liveSims.current = sims.length;
      const live = new Set(sims.map((sim) => sim.id));
      for (const simId of written.keys()) if (live.has(simId)) have.current.sims.add(simId);
      // Keep the events of the last load meanwhile (a reload after a write): screens never lose them.
      setLoaded((last) => ({ settings, sims, projections, eventsBySim: withWritten(last?.eventsBySim, written, live), all: last?.all ?? false }));
      const { all, sims: asked } = wanted.current;
      if (all && (touched === undefined || !have.current.all)) return await readEvents('all');
      const again = new Set([...asked].filter((simId) => !have.current.sims.has(simId)));
      for (const simId of touched ?? have.current.sims) if ((asked.has(simId) || all) && !written.has(simId)) again.add(simId);
      if (again.size > 0) await readEvents([...again]);
    } catch (cause) {
      fail(cause);
    }
  }, [db, firstRead, readEvents, fail]);

  /** After this tab's write: read again, and tell the other tabs to (store-channel.ts). */
  const reload = useCallback(async (touched?: readonly string[], written?: ReadonlyMap<string, EventRecord[]>) => {
    const told = touched && [...touched, ...(written?.keys() ?? [])];
    announce(dbName, told ? { kind: 'changed', touched: told } : { kind: 'changed' });
    await refresh(touched, written);
  }, [dbName, refresh]);

  // Another tab wrote: read what it touched. Another tab is restoring: say that writes wait for it.
  const [restoringElsewhere, setRestoringElsewhere] = useState(false);
  useEffect(() => {
    const channel = openStoreChannel(dbName);
    if (!channel) return;
    channel.onmessage = (event: MessageEvent) => {
      const message = storeMessageOf(event.data);
      if (message?.kind === 'changed') void refresh(message.touched);
      else if (message?.kind === 'restoring') {
        setRestoringElsewhere(message.running);
        if (!message.running) void refresh();
      }
    };
    return () => channel.close();
  }, [dbName, refresh]);

  /** A screen needs these events (App.tsx): read them unless they are in or on their way. */
  const needEvents = useCallback((scope: 'all' | string) => {
    if (scope === 'all') {
      if (wanted.current.all) return;
      wanted.current.all = true;
      readEvents('all').catch(fail);
    } else {
      if (wanted.current.all || wanted.current.sims.has(scope)) return;
      wanted.current.sims.add(scope);
      readEvents([scope]).catch(fail);
    }
  }, [readEvents, fail]);

  // A layout effect: it runs as soon as the first frame is in the document, so home's read (begun
  // above) is answered without waiting for the frame to be painted.
  useLayoutEffect(() => {
    // Every SIM's events, for the reminder check (App.tsx's onReady), once the first screen is up.
    void refresh().then(() => whenIdle(() => needEvents('all')));
    // A phone keeps the app open for days: take the new date when it comes back into view.
    const onVisible = () => {
      if (document.visibilityState === 'visible') setToday(localToday());
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh, needEvents]);

  const setSetting = useCallback(async <K extends keyof Settings>(key: K, value: Settings[K]) => {
    const [store, { setSetting: storeSetting }] = await Promise.all([db(), storeCode()]);
    await storeSetting(store, key, value);
    await reload();
  }, [db, reload]);

  const state = useMemo<AppState | null>(() => {
    if (!loaded) return null;
    const lang = loaded.settings.language;
    const { settings, sims, eventsBySim: events, all } = loaded;
    return {
      db, today, lang, t: translator(lang), settings, sims, historyLoaded: all,
      hasEvents: (scope) => all || (scope !== 'all' && events.has(scope)),
      needEvents, eventsBySim: events, restoringElsewhere,
      views: loadedViews(sims, loaded.projections, events, today),
      reload, setSetting, toast: props.toast,
    };
  }, [db, today, loaded, reload, needEvents, restoringElsewhere, setSetting, props.toast]);

  return <AppContext.Provider value={state}>{props.children(state, error)}</AppContext.Provider>;
}
