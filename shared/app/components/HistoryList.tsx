/** A SIM's history, newest first, each entry with Edit and Delete (Delete can be undone). */
import type { EventRecord } from '../../db';
import { describeEvent, formatDate } from '../../i18n';
import { hrefOf } from '../router';
import { useApp } from '../state/app-context';
import { removeEvent } from '../actions';

/**
 * After a delete the row's button is gone: focus moves to the next row's Delete (or the one before,
 * or the heading when the list is empty), never to the page body, so a keyboard or screen reader
 * user keeps their place.
 */
function focusAfterDelete(list: readonly EventRecord[], index: number): void {
  const next = list[index + 1] ?? list[index - 1];
  const target = next ? document.querySelector<HTMLElement>(`[data-entry="${CSS.escape(next.id)}"] .history__delete`) : null;
  (target ?? document.getElementById('history'))?.focus();
}

export function HistoryList(props: { simId: string; events: readonly EventRecord[] }) {
  const app = useApp();
  const { t, lang, today } = app;
  const newestFirst = [...props.events].reverse();
  const remove = async (index: number) => {
    await removeEvent(app, newestFirst[index]!);
    focusAfterDelete(newestFirst, index);
  };
  return (
    <section class="card" aria-labelledby="history">
      <h2 id="history" tabIndex={-1}>{t('sim.history')}</h2>
      {newestFirst.length === 0 ? <p>{t('sim.historyEmpty')}</p> : (
        <ul class="history" role="list">
          {newestFirst.map((event, index) => {
            const what = describeEvent(event, lang);
            const when = formatDate(event.date, lang, { today });
            const label = t('sim.entryLabel', { date: when, what });
            return (
              <li key={event.id} class="history__item" data-entry={event.id}>
                <p class="history__date">{when}</p>
                <div class="history__text">
                  <p>{what}</p>
                  {(event.source !== 'manual' || event.note) && (
                    <p class="history__meta">
                      {event.source !== 'manual' && <span class="tag">{t(`source.${event.source}`)}</span>}
                      {event.note && <span class="history__note">{event.note}</span>}
                    </p>
                  )}
                </div>
                <div class="history__actions">
                  <a class="button button--small button--quiet" href={hrefOf({ name: 'log', simId: props.simId, type: null, eventId: event.id })}
                    aria-label={`${t('sim.editEntry')}: ${label}`}>{t('sim.editEntry')}</a>
                  <button type="button" class="button button--small button--quiet button--danger history__delete"
                    aria-label={`${t('sim.deleteEntry')}: ${label}`} onClick={() => void remove(index)}>
                    {t('sim.deleteEntry')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
