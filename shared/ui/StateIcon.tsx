/**
 * The symbol beside a state's words, drawn as SVG: a text glyph such as ⏻ draws as an empty box on
 * a system whose fonts lack it, and then the badge's only non-colour cue is gone.
 */
import type { SimState } from './RiskBadge';

const SHAPES: Record<SimState, preact.JSX.Element> = {
  active: <circle cx="8" cy="8" r="5" fill="currentColor" />,
  protected: <circle cx="8" cy="8" r="5" fill="currentColor" />,
  // Half full: the number is kept, but money is going.
  anr: <><circle cx="8" cy="8" r="4.5" fill="none" stroke="currentColor" stroke-width="1.8" /><path d="M8 3.5a4.5 4.5 0 0 1 0 9z" fill="currentColor" /></>,
  // The power symbol: switched off.
  deactivated: <><path d="M5.2 4.8a4.6 4.6 0 1 0 5.6 0" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /><path d="M8 2.6v5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /></>,
  // A padlock's shackle over a box: the operator closed shop.
  closed: <><rect x="3.5" y="7" width="9" height="6.5" rx="1" fill="currentColor" /><path d="M5.5 7V5.2a2.5 2.5 0 0 1 5 0V7" fill="none" stroke="currentColor" stroke-width="1.6" /></>,
  lost: <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" stroke="currentColor" stroke-width="2" stroke-linecap="round" />,
};

export function StateIcon(props: { state: SimState }) {
  return (
    <svg class="badge__symbol" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {SHAPES[props.state]}
    </svg>
  );
}
