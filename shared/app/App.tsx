/**
 * The app: state, the screen for the route, toasts and the update banner. First run (not yet
 * onboarded, no SIMs) shows the welcome screen on the home route.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SimKeeperDb } from '../db';
import { translator } from '../i18n';
import { AppProvider } from './state/AppProvider';
import type { AppState } from './state/app-context';
import { useToasts } from './state/toasts';
import { useRoute, type Route } from './router';
import { Header } from './components/Header';
import { Toasts } from './components/Toasts';
import { UpdateBanner } from './components/UpdateBanner';
import { lazyScreen } from './lazy-screen';
import { HostContext, type AppHost } from './host';
import { Home } from './screens/Home';
import { Welcome } from './screens/Welcome';
import { QuickPick } from './screens/QuickPick';
import { NotFound } from './screens/NotFound';

// Home and first run are in the first load; every other screen is its own chunk (lazy-screen.tsx).
const SimPage = lazyScreen(() => import('./screens/SimPage').then((m) => m.SimPage));
const SimForm = lazyScreen(() => import('./screens/SimForm').then((m) => m.SimForm));
const LogEvent = lazyScreen(() => import('./screens/LogEvent').then((m) => m.LogEvent));
const Settings = lazyScreen(() => import('./screens/Settings').then((m) => m.Settings));
const Complaint = lazyScreen(() => import('./screens/Complaint').then((m) => m.Complaint));
const Rights = lazyScreen(() => import('./screens/Rights').then((m) => m.Rights));
const OperatorClosed = lazyScreen(() => import('./screens/OperatorClosed').then((m) => m.OperatorClosed));
const SmsImport = lazyScreen(() => import('./screens/SmsImport').then((m) => m.SmsImport));

function screenFor(route: Route, state: AppState) {
  switch (route.name) {
    case 'home': return !state.settings.onboarded && state.sims.length === 0 ? <Welcome /> : <Home />;
    case 'welcome': return <Welcome />;
    case 'add': return <SimForm />;
    case 'settings': return <Settings />;
    case 'sim': return <SimPage simId={route.simId} />;
    case 'edit': return <SimForm simId={route.simId} />;
    case 'log': return <LogEvent simId={route.simId} type={route.type} eventId={route.eventId} />;
    case 'quick': return <QuickPick action={route.action} />;
    case 'complaint': return <Complaint simId={route.simId} code={route.code} date={route.date} />;
    case 'rights': return <Rights simId={route.simId} />;
    case 'closed': return <OperatorClosed simId={route.simId} />;
    case 'sms': return <SmsImport fromSimId={route.simId} />;
    default: return <NotFound />;
  }
}

/** Whose events a screen shows: a SIM's screens their SIM's, Settings every SIM's (backup, CSV); the rest none. */
function eventsFor(route: Route): 'all' | string | null {
  switch (route.name) {
    case 'sim': case 'edit': case 'log': return route.simId;
    case 'settings': return 'all';
    default: return null;
  }
}

/** A key per visit of a screen, so that moving between screens (or SIMs) starts each form afresh. */
function keyOf(route: Route, visit: number): string {
  return `${visit}:${JSON.stringify(route)}`;
}

export function App(props: { db?: SimKeeperDb; host?: AppHost; onReady?: (state: AppState) => void; updateReady?: (() => void) | null }) {
  const { route, visit } = useRoute();
  const { toasts, show, dismiss } = useToasts();
  return (
    <HostContext.Provider value={props.host ?? {}}>
    <AppProvider db={props.db} toast={show}>
      {(state, error) => {
        // Before the store answers: the English frame (the language setting is in the store).
        const t = state?.t ?? translator('en');
        return (
          <>
            <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t('app.skip')}</a>
            {props.updateReady && <UpdateBanner t={t} apply={props.updateReady} />}
            {state ? <Header current={route.name} /> : <HeaderFrame />}
            <main id="main" tabIndex={-1}>
              {state?.restoringElsewhere && <p class="notice" role="status">{t('app.restoringElsewhere')}</p>}
              {error ? <p class="notice notice--error" role="alert">{t('app.storageError')}</p>
                : state && ready(state, route) ? <Screens key={keyOf(route, visit)} route={route} state={state} />
                : <Loading text={t('app.loading')} />}
            </main>
            <Toasts toasts={toasts} t={t} onDismiss={dismiss} />
            {state?.historyLoaded && props.onReady && <OnOpen state={state} onReady={props.onReady} />}
          </>
        );
      }}
    </AppProvider>
    </HostContext.Provider>
  );
}

/** Whether the screen's events are read; if not, asks for them (the screen shows once they are in). */
function ready(state: AppState, route: Route): boolean {
  const scope = eventsFor(route);
  if (scope === null || state.hasEvents(scope)) return true;
  state.needEvents(scope);
  return false;
}

/**
 * The header's box before the store answers (its words are in the user's language, which the
 * store says): the same classes, so the same height, and main does not move down when the header
 * comes (issue 11: no layout shift). Empty, so that the first paint is the screen itself.
 */
function HeaderFrame() {
  return (
    <div class="app-header" aria-hidden="true">
      <span class="app-header__name" />
    </div>
  );
}

/**
 * How long the store may take before the app says "Loading…". It usually answers in tens of
 * milliseconds (first-look.ts), and a flash of "Loading…" before every home is noise; the words
 * appear only when it is slow (an upgrade, a repair of old summaries). Issue 11: the first paint
 * is then home itself, drawn in one go.
 */
const LOADING_DELAY_MS = 500;

function Loading(props: { text: string }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), LOADING_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return <p class="loading">{slow ? props.text : ''}</p>;
}

function Screens(props: { route: Route; state: AppState }) {
  return screenFor(props.route, props.state);
}

/** Tells the host once, when the store has answered (the reminder check runs then). */
function OnOpen(props: { state: AppState; onReady: (state: AppState) => void }) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    props.onReady(props.state);
  }, [props.state, props.onReady]);
  return null;
}
