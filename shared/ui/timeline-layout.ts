/**
 * Where things go on a SIM's timeline: the current non-usage period from the last use, through
 * the ANR deductions, deactivation and the hold (reg 14), with the operator's plan clock in a lane
 * of its own. Pure geometry in viewBox units, so the SVG component only draws.
 */
import { addDays, daysBetween, toDayNumber, type IsoDate } from '../rules/dates';
import type { Projection } from '../rules/types';

export type MarkKind =
  | 'today' | 'last_use' | 'non_usage_ends' | 'anr' | 'deactivation' | 'grace_ends'
  | 'validity_ends' | 'outgoing' | 'incoming' | 'suspension' | 'protected_until';

export interface TimelineMark {
  kind: MarkKind;
  date: IsoDate;
  lane: 'trai' | 'plan';
  /** For deductions and deactivation: told by the operator (true) or projected (false). */
  observed?: boolean;
  /** For deductions: what was (or will be) taken, and the balance after, in paise. */
  amount?: number;
  balanceAfter?: number;
  x: number;
  /** Row of the date label (0 nearest the bar), or null when there is no room for it. */
  labelRow: number | null;
  /** Centre of the date label: x, moved in from the edges so the whole label shows. */
  labelX: number;
}

export type SegmentKind = 'use' | 'anr' | 'grace' | 'lost' | 'protected';

export interface TimelineSegment {
  kind: SegmentKind;
  from: IsoDate;
  to: IsoDate;
  x1: number;
  x2: number;
}

export interface TimelineLayout {
  width: number;
  start: IsoDate;
  end: IsoDate;
  marks: TimelineMark[];
  segments: TimelineSegment[];
  /** Projected deductions left off the right end (a large balance can pay for years). */
  hidden: { count: number; after: IsoDate } | null;
  hasPlanLane: boolean;
}

export const TIMELINE_WIDTH = 320;
const PAD = 24;
/** Projected deductions drawn before the rest are summarised. */
export const MAX_DRAWN_DEDUCTIONS = 4;
/** Room one date label needs, in viewBox units, when the caller does not measure its text. */
const LABEL_ROOM = 50;
/** Space kept between two labels in a row. */
const LABEL_GAP = 4;
const LABEL_ROWS = 2;

/** How wide a mark's date label is, in viewBox units (the component knows the words). */
export type LabelWidth = (mark: { kind: MarkKind; date: IsoDate }) => number;

/** Labels win room in this order: what the user must act on first. */
const LABEL_PRIORITY: MarkKind[] = [
  'today', 'non_usage_ends', 'deactivation', 'grace_ends', 'protected_until', 'last_use', 'anr',
  'outgoing', 'incoming', 'suspension', 'validity_ends',
];

interface Raw { kind: MarkKind; date: IsoDate; lane: 'trai' | 'plan'; observed?: boolean; amount?: number; balanceAfter?: number }

function rawMarks(p: Projection): { marks: Raw[]; hidden: TimelineLayout['hidden']; segments: Omit<TimelineSegment, 'x1' | 'x2'>[] } {
  const marks: Raw[] = [{ kind: 'last_use', date: p.lastActivity, lane: 'trai' }];
  const segments: Omit<TimelineSegment, 'x1' | 'x2'>[] = [];
  let hidden: TimelineLayout['hidden'] = null;
  if (p.connection === 'prepaid') {
    marks.push({ kind: 'non_usage_ends', date: p.nonUsageEnds, lane: 'trai' });
    const projected = p.anrDeductions.filter((d) => !d.observed);
    const drawnProjected = new Set(projected.slice(0, MAX_DRAWN_DEDUCTIONS));
    for (const d of p.anrDeductions) {
      if (d.observed || drawnProjected.has(d)) {
        marks.push({ kind: 'anr', date: d.date, lane: 'trai', observed: d.observed, amount: d.amount, balanceAfter: d.balanceAfter });
      }
    }
    if (projected.length > MAX_DRAWN_DEDUCTIONS) {
      const last = projected[MAX_DRAWN_DEDUCTIONS - 1]!;
      hidden = { count: projected.length - MAX_DRAWN_DEDUCTIONS, after: last.date };
    }
    const lastDrawn = hidden ? hidden.after : null;
    segments.push({ kind: 'use', from: p.lastActivity, to: p.nonUsageEnds });
    if (p.deactivation !== null && hidden === null) {
      marks.push({ kind: 'deactivation', date: p.deactivation, lane: 'trai', observed: p.deactivationObserved });
      if (p.deactivation > p.nonUsageEnds) segments.push({ kind: 'anr', from: p.nonUsageEnds, to: p.deactivation });
      if (p.graceEnds !== null) {
        marks.push({ kind: 'grace_ends', date: p.graceEnds, lane: 'trai' });
        segments.push({ kind: 'grace', from: p.deactivation, to: p.graceEnds });
      }
    } else if (lastDrawn !== null) {
      segments.push({ kind: 'anr', from: p.nonUsageEnds, to: addDays(lastDrawn, 15) });
    }
    const plan: [MarkKind, IsoDate | null][] = [
      ['validity_ends', p.plan.validityEnds], ['outgoing', p.plan.outgoingBarredFrom],
      ['incoming', p.plan.incomingBarredFrom], ['suspension', p.plan.suspension],
    ];
    for (const [kind, date] of plan) {
      // The plan clock of an old recharge is of no interest before the current period.
      if (date !== null && date >= p.lastActivity) marks.push({ kind, date, lane: 'plan' });
    }
    // outgoing barred is the day after validity ends: one mark is enough for both.
    const validity = marks.findIndex((m) => m.kind === 'validity_ends');
    if (validity >= 0 && marks.some((m) => m.kind === 'outgoing')) marks.splice(validity, 1);
  } else if (p.protectedUntil !== null) {
    const from = p.safeCustody?.from ?? p.lastActivity;
    marks.push({ kind: 'protected_until', date: p.protectedUntil, lane: 'trai' });
    segments.push({ kind: 'protected', from: from < p.lastActivity ? p.lastActivity : from, to: p.protectedUntil });
  }
  marks.push({ kind: 'today', date: p.today, lane: 'trai' });
  return { marks, hidden, segments };
}

/**
 * Gives labels a row each, most important first, so that no two overlap: a label is as wide as
 * `labelWidth` says, kept inside the drawing, and gets no row (its date is still listed) when
 * none has room.
 */
function placeLabels(placed: TimelineMark[], width: number, labelWidth: LabelWidth): void {
  const taken: Record<'trai' | 'plan', [number, number][][]> = { trai: [[], []], plan: [[], []] };
  const order = [...placed].sort((a, b) => LABEL_PRIORITY.indexOf(a.kind) - LABEL_PRIORITY.indexOf(b.kind));
  const labelledDates = new Set<string>();
  for (const mark of order) {
    // Two marks on one day share one date label (the first in priority order gets it).
    const dateKey = `${mark.lane}:${mark.date}`;
    if (mark.kind !== 'today' && labelledDates.has(dateKey)) continue;
    const half = labelWidth(mark) / 2;
    const centre = Math.min(width - half, Math.max(half, mark.x));
    const span: [number, number] = [centre - half - LABEL_GAP / 2, centre + half + LABEL_GAP / 2];
    const rows = taken[mark.lane];
    const rowsAllowed = mark.lane === 'plan' ? 1 : LABEL_ROWS;
    for (let row = 0; row < rowsAllowed; row++) {
      if (rows[row]!.every(([from, to]) => span[1] <= from || span[0] >= to)) {
        rows[row]!.push(span);
        mark.labelRow = row;
        mark.labelX = Math.round(centre * 10) / 10;
        labelledDates.add(dateKey);
        break;
      }
    }
  }
}

/** The layout of a projection's timeline. */
export function layoutTimeline(p: Projection, width = TIMELINE_WIDTH, labelWidth: LabelWidth = () => LABEL_ROOM - LABEL_GAP): TimelineLayout {
  const { marks, hidden, segments } = rawMarks(p);
  const dates = [...marks.map((m) => m.date), ...segments.map((s) => s.to)];
  const start = dates.reduce((a, b) => (b < a ? b : a));
  let end = dates.reduce((a, b) => (b > a ? b : a));
  // Some room after the last date, and at least a month shown.
  end = addDays(end, Math.max(5, Math.round(daysBetween(start, end) * 0.06)));
  if (daysBetween(start, end) < 30) end = addDays(start, 30);
  const span = daysBetween(start, end);
  const x = (date: IsoDate): number => PAD + ((toDayNumber(date) - toDayNumber(start)) / span) * (width - 2 * PAD);

  const placed: TimelineMark[] = marks.map((m) => {
    const at = Math.round(x(m.date) * 10) / 10;
    return { ...m, x: at, labelRow: null, labelX: at };
  });
  placeLabels(placed, width, labelWidth);
  return {
    width,
    start,
    end,
    marks: placed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    segments: segments.filter((s) => s.to > s.from).map((s) => ({ ...s, x1: x(s.from), x2: x(s.to) })),
    hidden,
    hasPlanLane: placed.some((m) => m.lane === 'plan'),
  };
}
