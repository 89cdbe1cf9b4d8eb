/**
 * A SIM's state as a badge: words and a symbol, so colour is never the only cue.
 * Prepaid: active / in ANR / deactivated / lost. Postpaid: active (its monthly rent keeps it) / protected.
 */
import type { Projection } from '../rules/types';
import { translate, type Lang, type MessageKey } from '../i18n';

export type SimState = Projection['state'];

const SYMBOL: Record<SimState, string> = {
  active: '●', anr: '◐', deactivated: '⏻', lost: '✕', protected: '●',
};

export function stateOf(projection: Projection): SimState {
  return projection.state;
}

export function RiskBadge(props: { state: SimState; lang: Lang; id?: string }) {
  return (
    <span class={`badge badge--${props.state}`} id={props.id}>
      <span class="badge__symbol" aria-hidden="true">{SYMBOL[props.state]}</span>
      {translate(props.lang, `state.${props.state}` as MessageKey)}
    </span>
  );
}
