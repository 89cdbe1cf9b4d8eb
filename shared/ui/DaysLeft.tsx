/**
 * How long until the next deadline, in big type, with the date, which clock it is on, and what
 * happens then in plain words (describeDeadline).
 */
import type { IsoDate } from '../rules/dates';
import type { Risk } from '../rules/risk';
import { describeDeadline, formatDate, formatRegulation, translate, type Lang } from '../i18n';

const RISK_SYMBOL = { ok: '✓', soon: '◷', urgent: '⚠', lost: '✕' } as const;

export function daysLeftText(daysLeft: number, lang: Lang): string {
  if (daysLeft <= 0) return translate(lang, 'card.dueToday');
  if (daysLeft === 1) return translate(lang, 'card.oneDayLeft');
  return translate(lang, 'card.daysLeft', { n: daysLeft });
}

/**
 * `inAnr`: the operator is already deducting to keep the number (reg 12). However far the next
 * step is, that is a warning, never "on track", and the one thing that stops it comes first.
 */
export function DaysLeft(props: { risk: Risk; today: IsoDate; lang: Lang; inAnr?: boolean }) {
  const { lang } = props;
  const risk: Risk = props.inAnr && props.risk.level === 'ok' ? { ...props.risk, level: 'soon' } : props.risk;
  const next = risk.next;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(lang, key, params);
  if (risk.level === 'lost' || next === null || risk.daysLeft === null) {
    return (
      <div class={`due due--${risk.level}`}>
        <p class="due__days">
          <span class="due__symbol" aria-hidden="true">{RISK_SYMBOL[risk.level]}</span>
          {risk.level === 'lost' ? t('state.lost') : t('card.nothingDue')}
        </p>
        <p class="due__next">{risk.level === 'lost' ? t('card.lostBody') : t('card.nothingDueBody')}</p>
      </div>
    );
  }
  return (
    <div class={`due due--${risk.level}`}>
      {props.inAnr && <p class="due__action">{t('card.anrAction')}</p>}
      <p class="due__days">
        <span class="due__symbol" aria-hidden="true">{RISK_SYMBOL[risk.level]}</span>
        <span class="visually-hidden">{t(`risk.${risk.level}`)}: </span>
        <strong>{daysLeftText(risk.daysLeft, lang)}</strong>
        <span class="due__date"> · {formatDate(next.date, lang, { today: props.today, weekday: true })}</span>
      </p>
      <p class={`due__clock due__clock--${next.clock}`}>
        {next.clock === 'plan' ? t('card.clockPlan') : t('card.clockTrai', { regulation: formatRegulation(next.regulation ?? '', lang) })}
      </p>
      <p class="due__next">{describeDeadline(next, lang, props.today)}</p>
    </div>
  );
}
