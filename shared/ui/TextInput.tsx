/** A labelled text box (also for numbers typed as text, with a suitable keyboard). */
import { describedBy, Field, type FieldProps } from './Field';

export interface TextInputProps extends Omit<FieldProps, 'children'> {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'tel';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'tel';
  autoComplete?: string;
  maxLength?: number;
  required?: boolean;
  /** A unit after the box, e.g. 'days'. */
  unit?: string;
}

export function TextInput(props: TextInputProps) {
  const input = (
    <input
      id={props.id}
      name={props.id}
      type={(props.type ?? 'text') as 'text'}
      inputMode={props.inputMode}
      autoComplete={props.autoComplete ?? 'off'}
      maxLength={props.maxLength}
      required={props.required}
      value={props.value}
      aria-invalid={props.error ? 'true' : undefined}
      data-question={props.question ? 'true' : undefined}
      aria-describedby={describedBy(props.id, props)}
      onInput={(e) => props.onInput(e.currentTarget.value)}
    />
  );
  return (
    <Field {...props}>
      {props.unit ? <div class="input-unit">{input}<span class="input-unit__unit" aria-hidden="true">{props.unit}</span></div> : input}
    </Field>
  );
}
