/**
 * A SIM's state as a badge: words and a symbol, so colour is never the only cue.
 * Prepaid: active / in ANR / deactivated / lost. Postpaid: active (its monthly rent keeps it) / protected.
 */
import type { Projection } from '../rules/types';
import { translate, type Lang, type MessageKey } from '../i18n';
import { StateIcon } from './StateIcon';

export type SimState = Projection['state'];

export function stateOf(projection: Projection): SimState {
  return projection.state;
}

export function RiskBadge(props: { state: SimState; lang: Lang; id?: string }) {
  return (
    <span class={`badge badge--${props.state}`} id={props.id}>
      <StateIcon state={props.state} />
      {translate(props.lang, `state.${props.state}` as MessageKey)}
    </span>
  );
}
