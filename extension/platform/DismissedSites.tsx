/**
 * "Sites where SIM Keeper does not ask": every recharge site where the user answered "Don't ask on
 * this site" in the in-page prompt, each with "Ask again", the undo of that answer. The answers live
 * in chrome.storage.local (background/site-dismissals.ts), which the extension's pages may read and
 * write; the background reads them afresh on each recharge page, so nothing else needs telling.
 * Shown in the popup when there is a site to list, and always in the app page's Settings.
 */
import './dismissed-sites.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../shared/app/state/app-context';
import { storedSiteDismissals } from '../background/site-dismissals';
import { SITE_MATCHES } from '../content/site-matches';
import { word } from '../words';

/** A site's name as people know it; an id no adapter has any more shows as it is. */
export function siteName(id: string): string {
  return SITE_MATCHES.find((site) => site.id === id)?.name ?? id;
}

export function DismissedSites(props: { showWhenEmpty?: boolean }) {
  const { lang } = useApp();
  const [sites, setSites] = useState<string[] | null>(null);
  const [askedAgain, setAskedAgain] = useState<string | null>(null);
  // After "Ask again" its button is gone: focus goes to the next one, or to the heading.
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    void storedSiteDismissals().list().then(setSites);
  }, []);
  useEffect(() => {
    if (focusAt === null) return;
    const buttons = section.current?.querySelectorAll<HTMLButtonElement>('li button') ?? [];
    (buttons[Math.min(focusAt, buttons.length - 1)] ?? section.current?.querySelector<HTMLElement>('h2'))?.focus();
  }, [focusAt, sites]);

  async function askAgain(site: string, index: number): Promise<void> {
    const dismissals = storedSiteDismissals();
    await dismissals.remove(site);
    setSites(await dismissals.list());
    setAskedAgain(site);
    setFocusAt(index);
  }

  if (sites === null || (sites.length === 0 && askedAgain === null && !props.showWhenEmpty)) return null;
  return (
    <section class="card dismissed-sites" aria-labelledby="dismissed-sites" ref={section}>
      <h2 id="dismissed-sites" tabIndex={-1}>{word(lang, 'dismissedTitle')}</h2>
      {sites.length === 0 ? <p class="field__hint">{word(lang, 'dismissedNone')}</p> : (
        <>
          <p class="field__hint">{word(lang, 'dismissedHint')}</p>
          <ul class="dismissed-sites__list" role="list">
            {sites.map((site, index) => (
              <li key={site}>
                <span>{siteName(site)}</span>
                <button type="button" class="button button--small" aria-label={word(lang, 'askAgainOn', { site: siteName(site) })}
                  onClick={() => void askAgain(site, index)}>
                  {word(lang, 'askAgain')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" class="field__hint">{askedAgain === null ? '' : word(lang, 'askingAgain', { site: siteName(askedAgain) })}</p>
    </section>
  );
}
