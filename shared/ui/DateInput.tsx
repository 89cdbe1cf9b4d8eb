/** A calendar date, 'YYYY-MM-DD', with the browser's date picker. */
import { describedBy, Field, type FieldProps } from './Field';

export interface DateInputProps extends Omit<FieldProps, 'children'> {
  value: string;
  onInput: (value: string) => void;
  min?: string;
  max?: string;
  required?: boolean;
}

export function DateInput(props: DateInputProps) {
  return (
    <Field {...props}>
      <input
        id={props.id}
        name={props.id}
        type="date"
        min={props.min}
        max={props.max}
        required={props.required}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        data-question={props.question ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onChange={(e) => props.onInput(e.currentTarget.value)}
      />
    </Field>
  );
}
