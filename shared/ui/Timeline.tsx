/**
 * The current period of a SIM as an SVG: last use, end of the non-usage period, each ANR deduction
 * (told by SMS: filled; expected: hollow), deactivation, the last day to reactivate, the operator's
 * plan clock in its own lane, and today. For screen readers: role="img" with a summary, and the
 * full list of dates, visually hidden.
 */
import type { Projection } from '../rules/types';
import { formatDate, formatMoney, translate, type Lang, type MessageKey } from '../i18n';
import { layoutTimeline, type MarkKind, type TimelineMark } from './timeline-layout';

const BAR_Y = 44;
const BAR_H = 12;
const PLAN_Y = 84;
const ROW_Y = [36, 18];
/** Labels are 12 units high; an average letter is a little over half as wide (Devanagari code points overcount, which errs wide). */
const CHAR_WIDTH = 6.8;

function markName(mark: Pick<TimelineMark, 'kind' | 'observed'> & { past?: boolean }): MessageKey {
  switch (mark.kind) {
    case 'today': return 'tl.today';
    case 'last_use': return 'tl.lastUse';
    case 'non_usage_ends': return 'tl.nonUsageEnds';
    case 'anr': return mark.observed ? 'tl.anrObserved' : mark.past ? 'tl.anrPast' : 'tl.anrProjected';
    case 'deactivation': return mark.observed ? 'tl.deactivationObserved' : 'tl.deactivation';
    case 'grace_ends': return 'tl.graceEnds';
    case 'validity_ends': return 'tl.validityEnds';
    case 'outgoing': return 'tl.outgoing';
    case 'incoming': return 'tl.incoming';
    case 'suspension': return 'tl.suspension';
    case 'protected_until': return 'tl.protectedUntil';
  }
}

/** The symbol of a mark, drawn centred on (x, y). Also used small in the legend. */
export function MarkSymbol(props: { kind: MarkKind; observed?: boolean | undefined; x: number; y: number }) {
  const { x, y } = props;
  const cls = `tl-mark tl-mark--${props.kind}${props.observed === false ? ' tl-mark--projected' : ''}`;
  switch (props.kind) {
    case 'today':
      return <line class={cls} x1={x} x2={x} y1={y - 9} y2={y + 9} />;
    case 'last_use':
      return <path class={cls} d={`M${x - 3} ${y - 7} L${x + 6} ${y} L${x - 3} ${y + 7} Z`} />;
    case 'non_usage_ends':
      return <rect class={cls} x={x - 2} y={y - 10} width={4} height={20} rx={1} />;
    case 'anr':
      return <circle class={cls} cx={x} cy={y} r={4.5} />;
    case 'deactivation':
      return <path class={cls} d={`M${x} ${y - 6} L${x + 6} ${y} L${x} ${y + 6} L${x - 6} ${y} Z`} />;
    case 'grace_ends':
    case 'protected_until':
      return <rect class={cls} x={x - 4.5} y={y - 4.5} width={9} height={9} />;
    default:
      return <path class={cls} d={`M${x - 5} ${y - 5} L${x + 5} ${y - 5} L${x} ${y + 4} Z`} />;
  }
}

export function Timeline(props: { projection: Projection; label: string; lang: Lang }) {
  const { lang } = props;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const today = props.projection.today;
  const date = (iso: string) => formatDate(iso, lang, { today });
  const labelText = (m: Pick<TimelineMark, 'kind' | 'date'>) => (m.kind === 'today' ? t('tl.today') : date(m.date));
  const layout = layoutTimeline(props.projection, undefined, (m) => labelText(m).length * CHAR_WIDTH);
  const height = layout.hasPlanLane ? 112 : 68;
  const todayMark = layout.marks.find((m) => m.kind === 'today')!;
  const named = layout.marks.map((m) => ({ ...m, past: m.date < today }));
  const entries = named.map((m) => `${t(markName(m))}: ${date(m.date)}`);
  if (layout.hidden) entries.push(t('tl.more', { n: layout.hidden.count, date: date(layout.hidden.after) }));
  const kinds = new Map<string, Pick<TimelineMark, 'kind' | 'observed'>>();
  for (const m of named) kinds.set(markName(m), m);
  const deductions = named.filter((m) => m.kind === 'anr' && m.amount !== undefined);

  return (
    <figure class="timeline">
      <svg class="timeline__svg" viewBox={`0 0 ${layout.width} ${height}`} role="img"
        aria-label={t('tl.label', { label: props.label, summary: entries.join('; ') })}>
        {layout.segments.map((s) => (
          <rect key={`${s.kind}-${s.from}`} class={`tl-seg tl-seg--${s.kind}`} x={s.x1} y={BAR_Y} width={Math.max(1, s.x2 - s.x1)} height={BAR_H} rx={2} />
        ))}
        {layout.hidden && (
          <text class="tl-more" x={layout.width - 4} y={BAR_Y + BAR_H / 2 + 4} text-anchor="end">…</text>
        )}
        {layout.hasPlanLane && <line class="tl-plan-lane" x1={8} x2={layout.width - 8} y1={PLAN_Y} y2={PLAN_Y} />}
        {/* From just under the labels above the bar to just past the lanes: it never crosses a label. */}
        <line class="tl-today" x1={todayMark.x} x2={todayMark.x} y1={BAR_Y - 4} y2={layout.hasPlanLane ? PLAN_Y + 8 : BAR_Y + BAR_H + 6} />
        {layout.marks.filter((m) => m.kind !== 'today').map((m) => (
          <MarkSymbol key={`${m.kind}-${m.date}`} kind={m.kind} observed={m.observed} x={m.x} y={m.lane === 'plan' ? PLAN_Y : BAR_Y + BAR_H / 2} />
        ))}
        {layout.marks.filter((m) => m.labelRow !== null).map((m) => (
          <text key={`label-${m.kind}-${m.date}`} class={`tl-label${m.kind === 'today' ? ' tl-label--today' : ''}`}
            x={m.labelX}
            y={m.lane === 'plan' ? PLAN_Y + 22 : ROW_Y[m.labelRow!]} text-anchor="middle">
            {m.kind === 'today' ? t('tl.today') : date(m.date)}
          </text>
        ))}
      </svg>
      <figcaption class="timeline__legend">
        <span class="visually-hidden">{t('tl.legend')}: </span>
        {[...kinds.entries()].map(([name, m]) => (
          <span class="legend-item" key={name}>
            <svg class="legend-item__symbol" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <MarkSymbol kind={m.kind} observed={m.observed} x={10} y={10} />
            </svg>
            {t(name as MessageKey)}
          </span>
        ))}
        {layout.hasPlanLane && <span class="legend-item legend-item--plan"><span class="legend-item__dash" aria-hidden="true" />{t('tl.plan')}</span>}
      </figcaption>
      {deductions.length > 0 && (
        <ul class="timeline__deductions" aria-label={t('tl.deductions')}>
          {deductions.map((m) => (
            <li key={m.date}>{t(m.observed ? 'tl.deductionObserved' : m.past ? 'tl.deductionPast' : 'tl.deductionExpected', {
              date: date(m.date), amount: formatMoney(m.amount!, lang), balance: formatMoney(m.balanceAfter!, lang),
            })}</li>
          ))}
          {layout.hidden && <li>{t('tl.more', { n: layout.hidden.count, date: date(layout.hidden.after) })}</li>}
        </ul>
      )}
      <ul class="visually-hidden" aria-label={t('tl.dates')}>
        {entries.map((entry) => <li key={entry}>{entry}</li>)}
      </ul>
    </figure>
  );
}
