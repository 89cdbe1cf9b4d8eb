/**
 * One SIM on the home screen: name, masked number, operator, state, days to the next deadline and
 * what happens then, with the two things people do most: say they used it, and log a recharge.
 */
import type { IsoDate } from '../rules/dates';
import type { Risk } from '../rules/risk';
import type { ActivityKind, Connection, Projection } from '../rules/types';
import { maskNumber, translate, type Lang } from '../i18n';
import { closureHeadline } from '../i18n/describe-closure';
import { DaysLeft } from './DaysLeft';
import { RiskBadge } from './RiskBadge';
import { UsedToday } from './UsedToday';

export interface SimCardProps {
  id: string;
  label: string;
  number: string;
  operatorName: string;
  connection: Connection;
  colour: string;
  projection: Projection;
  risk: Risk;
  counted: readonly ActivityKind[];
  today: IsoDate;
  lang: Lang;
  href: string;
  logHref: string;
  onUsed: (kind: ActivityKind) => void;
  onLogRecharge: () => void;
}

export function SimCard(props: SimCardProps) {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(props.lang, key, params);
  const titleId = `sim-${props.id}-title`;
  return (
    <article class={`sim-card sim-card--${props.risk.level}`} style={{ '--sim-colour': props.colour }} aria-labelledby={titleId}>
      <header class="sim-card__head">
        <span class="sim-dot" aria-hidden="true" />
        <h2 class="sim-card__title" id={titleId}><a href={props.href}>{props.label}</a></h2>
        <RiskBadge state={props.projection.state} lang={props.lang} />
      </header>
      <p class="sim-card__meta">
        <span aria-label={t('card.number', { last4: props.number.slice(-4) })}>{maskNumber(props.number)}</span>
        <span aria-hidden="true"> · </span>{props.operatorName}
        <span aria-hidden="true"> · </span>{t(`connection.${props.connection}`)}
      </p>
      {props.projection.closure ? (
        // The operator closed (closure.ts): nothing keeps the number any more, only the refund is left.
        <p class={`sim-card__closure${props.projection.closure.refund.outstanding > 0 ? ' sim-card__closure--due' : ''}`}>
          <a href={props.href}>{closureHeadline(props.projection.closure, props.lang)}</a>
        </p>
      ) : <>
      <DaysLeft risk={props.risk} today={props.today} lang={props.lang} inAnr={props.projection.connection === 'prepaid' && props.projection.state === 'anr'} />
      <div class="sim-card__actions">
        <UsedToday id={`sim-${props.id}`} lang={props.lang} counted={props.counted} onUsed={props.onUsed} somethingElseHref={props.logHref} />
        {props.connection === 'prepaid' && (
          <button type="button" class="button" onClick={props.onLogRecharge}>
            <span aria-hidden="true">₹ </span>{t('card.logRecharge')}
          </button>
        )}
      </div>
      </>}
    </article>
  );
}
