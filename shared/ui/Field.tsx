/**
 * A form field's frame: the label, a hint and an error, tied to the control by id and
 * aria-describedby so that screen readers read them with it.
 */
import type { ComponentChildren } from 'preact';

export interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Shown after the label, e.g. '(optional)'. */
  optionalText?: string | undefined;
  /** Shown beside the control, e.g. the regulatory bound. */
  aside?: ComponentChildren;
  /** A warning that does not block saving, e.g. a bound the value breaks. */
  warning?: string | undefined;
  /** A question about an unlikely value ("is that right?"): Save again keeps it. */
  question?: string | undefined;
  children: ComponentChildren;
}

/** The ids a control should list in aria-describedby. */
export function describedBy(id: string, parts: { hint?: unknown; error?: unknown; warning?: unknown; question?: unknown; aside?: unknown }): string | undefined {
  const ids = [
    parts.error ? `${id}-error` : '', parts.question ? `${id}-question` : '', parts.warning ? `${id}-warning` : '',
    parts.hint ? `${id}-hint` : '', parts.aside ? `${id}-aside` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function Field(props: FieldProps) {
  return (
    <div class={`field${props.error ? ' field--error' : props.question ? ' field--question' : ''}`}>
      <label for={props.id}>
        {props.label}
        {props.optionalText && <span class="field__optional"> ({props.optionalText})</span>}
      </label>
      {props.hint && <p class="field__hint" id={`${props.id}-hint`}>{props.hint}</p>}
      {props.children}
      {props.aside && <p class="field__aside" id={`${props.id}-aside`}>{props.aside}</p>}
      {props.warning && <p class="field__warning" id={`${props.id}-warning`}><span aria-hidden="true">⚠ </span>{props.warning}</p>}
      {props.question && <p class="field__question" id={`${props.id}-question`}><span aria-hidden="true">? </span>{props.question}</p>}
      {props.error && <p class="field__error" id={`${props.id}-error`}><span aria-hidden="true">✕ </span>{props.error}</p>}
    </div>
  );
}
