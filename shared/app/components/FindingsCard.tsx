/**
 * The SIM page's "Findings" card: what the record shows the operator did against regs 11-15 or its
 * own tariff, each with how sure we are, what to ask for, and links to the complaint and the rights page.
 */
import type { Finding } from '../../rules/findings/finding-codes';
import { describeCertainty, describeFinding, findingAsks, findingTitle } from '../../i18n/describe-finding';
import { hrefOf } from '../router';
import { useApp } from '../state/app-context';

export function FindingsCard(props: { simId: string; findings: readonly Finding[] }) {
  const { t, lang, today } = useApp();
  if (props.findings.length === 0) return null;
  return (
    <section class="card card--finding findings" aria-labelledby="findings">
      <h2 id="findings"><span aria-hidden="true">⚖ </span>{t('finding.section')}</h2>
      <p class="findings__intro">{t('finding.intro')}</p>
      <ul class="findings__list">
        {props.findings.map((finding) => (
          <li key={`${finding.code}:${finding.date}`} class="finding" data-code={finding.code}>
            <h3 class="finding__title">{findingTitle(finding, lang)}</h3>
            <p class={`finding__certainty finding__certainty--${finding.certainty}`}>{describeCertainty(finding, lang)}</p>
            <p>{describeFinding(finding, lang, { today })}</p>
            {!finding.breach && <p class="finding__note">{t('finding.notBreach')}</p>}
            {findingAsks(finding, lang).map((ask) => <p class="finding__ask" key={ask}>{ask}</p>)}
            <div class="button-row">
              <a class="button button--small" href={hrefOf({ name: 'complaint', simId: props.simId, code: finding.code, date: finding.date })}>{t('finding.complain')}</a>
              <a class="button button--small button--quiet" href={hrefOf({ name: 'rights', simId: props.simId })}>{t('finding.rights')}</a>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
