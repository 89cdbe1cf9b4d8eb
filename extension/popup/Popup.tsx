/**
 * The popup: the user's SIMs as the app's own cards, most urgent first, with "I used it today"
 * (logged here, at once) and "Log a recharge" (the app page, at that SIM's form), and "Read this
 * page" for the generic reader, and the sites where the user asked not to be asked, to undo that. Links open the app page in a tab: the popup is too small for
 * forms, and it closes as soon as focus leaves it.
 */
import type { TargetedMouseEvent } from 'preact';
import { SimCard } from '../../shared/ui/SimCard';
import { hrefOf } from '../../shared/app/router';
import { logUsedToday } from '../../shared/app/actions';
import { useApp } from '../../shared/app/state/app-context';
import { word } from '../words';
import { openAppPage } from '../platform/app-page';
import { askBackground, READ_PAGE, REFRESH } from '../platform/page-messages';
import { DismissedSites } from '../platform/DismissedSites';

/** A click on any app link in the popup opens that route of the app page in a tab. */
function openLinksInTab(event: TargetedMouseEvent<HTMLElement>): void {
  const link = (event.target as Element).closest?.('a[href^="#"]');
  if (!link) return;
  event.preventDefault();
  void openAppPage(link.getAttribute('href')!).then(() => window.close());
}

async function readThisPage(): Promise<void> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await askBackground({ kind: READ_PAGE, tabId: tab.id });
  window.close();
}

function Empty() {
  const { lang } = useApp();
  return (
    <section class="card popup__empty">
      <h2>{word(lang, 'emptyTitle')}</h2>
      <p>{word(lang, 'emptyBody')}</p>
      <a class="button button--primary" href="#/add">{word(lang, 'addSim')}</a>
    </section>
  );
}

export function Popup() {
  const app = useApp();
  const { views, t, lang, today } = app;
  return (
    <div class="popup" onClick={openLinksInTab}>
      <header class="popup__head">
        <a class="app-header__name" href="#/">
          <img src="icons/icon-32.png" alt="" width={24} height={24} />
          <span>{t('app.name')}</span>
        </a>
        <a class="button button--small button--quiet" href="#/">{word(lang, 'openApp')}</a>
      </header>
      <main class="popup__body">
        {views.length === 0 ? <Empty /> : (
          <ul class="sim-list" role="list">
            {views.map(({ sim, projection, risk }) => (
              <li key={sim.id}>
                <SimCard
                  id={sim.id} label={sim.label} number={sim.number} operatorName={t(`operator.${sim.operator}`)}
                  connection={sim.connection} colour={sim.colour} projection={projection} risk={risk}
                  counted={sim.policy.activityKinds} today={today} lang={lang}
                  href={hrefOf({ name: 'sim', simId: sim.id })}
                  logHref={hrefOf({ name: 'log', simId: sim.id, type: 'activity', eventId: null })}
                  onUsed={(kind) => void logUsedToday(app, sim.id, sim.label, kind).then(() => askBackground({ kind: REFRESH }))}
                  onLogRecharge={() => void openAppPage(hrefOf({ name: 'log', simId: sim.id, type: 'recharge', eventId: null })).then(() => window.close())}
                />
              </li>
            ))}
          </ul>
        )}
        <DismissedSites />
      </main>
      <footer class="popup__foot">
        <button type="button" class="button" onClick={() => void readThisPage()}>{word(lang, 'readPage')}</button>
        <p class="field__hint">{word(lang, 'readPageHint')}</p>
      </footer>
    </div>
  );
}
