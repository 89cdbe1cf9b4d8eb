/**
 * The complaint for one finding (issue 10): in English or Hindi, the number whole or masked as the
 * user chooses, to copy, share (Web Share API where the browser has it), save as a text file or
 * print (complaint.css prints the letter alone, on one page). Nothing leaves the device unless the
 * user shares it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/format';
import { isLanguageLoaded, loadLanguage } from '../../i18n/translate';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { complaintCentreOf, complaintFileName, complaintText } from '../complaint/complaint-text';
import { findingNamed, viewFindings } from '../complaint/view-findings';
import { downloadFile } from '../download';
import { hrefOf } from '../router';
import { useApp } from '../state/app-context';
import { Screen } from '../components/Screen';
import { NotFound } from './NotFound';
import '../../ui/styles/complaint.css';

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', hi: 'हिंदी' };

export function Complaint(props: { simId: string; code: string | null; date: string | null }) {
  const app = useApp();
  const { t, today } = app;
  const [lang, setLang] = useState<Lang>(app.lang);
  const [loaded, setLoaded] = useState(() => isLanguageLoaded(app.lang));
  const [showNumber, setShowNumber] = useState(false);
  useEffect(() => {
    let live = true;
    setLoaded(isLanguageLoaded(lang));
    void loadLanguage(lang).then(() => { if (live) setLoaded(true); });
    return () => { live = false; };
  }, [lang]);

  const view = app.views.find((v) => v.sim.id === props.simId);
  if (!view) return <NotFound message={t('notFound.sim')} />;
  const finding = findingNamed(viewFindings(view, today), props.code, props.date);
  const back = { href: hrefOf({ name: 'sim', simId: view.sim.id }), label: view.sim.label };
  if (!finding) {
    return <Screen title={t('complaint.title')} back={back}><p>{t('complaint.none')}</p></Screen>;
  }
  const text = loaded ? complaintText(finding, view.sim, { lang, showNumber, today }) : '';
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      app.toast(t('complaint.copied'));
    } catch {
      // Clipboard refused (no permission, or an insecure page): the text is on screen to select.
      document.getSelection()?.selectAllChildren(document.getElementById('complaint-letter')!);
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: t('complaint.title'), text });
    } catch {
      // The user closed the share sheet: nothing to do.
    }
  };

  return (
    <Screen title={t('complaint.title')} back={back} class="complaint">
      <div class="complaint__controls card">
        <p>{t('complaint.path', { care: complaintCentreOf(view.sim.operator, app.lang) })}</p>
        <ChoiceGroup<Lang> name="complaint-lang" legend={t('complaint.language')} value={lang} inline
          options={(['en', 'hi'] as Lang[]).map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} onChange={setLang} />
        <label class="choice">
          <input type="checkbox" id="complaint-number" checked={showNumber} onChange={(e) => setShowNumber(e.currentTarget.checked)} />
          <span>{t('complaint.showNumber')}</span>
        </label>
        <div class="button-row">
          <button type="button" class="button" onClick={() => void copy()}>{t('complaint.copy')}</button>
          {canShare && <button type="button" class="button" onClick={() => void share()}>{t('complaint.share')}</button>}
          <button type="button" class="button" onClick={() => downloadFile(complaintFileName(finding), 'text/plain;charset=utf-8', text)}>{t('complaint.save')}</button>
          <button type="button" class="button" onClick={() => window.print()}>{t('complaint.print')}</button>
        </div>
      </div>
      <div id="complaint-letter" class="complaint__letter card" lang={lang} aria-live="polite">{text}</div>
    </Screen>
  );
}
