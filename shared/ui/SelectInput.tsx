/** A labelled drop-down. */
import { describedBy, Field, type FieldProps } from './Field';

export interface SelectInputProps<V extends string> extends Omit<FieldProps, 'children'> {
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

export function SelectInput<V extends string>(props: SelectInputProps<V>) {
  return (
    <Field {...props}>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props)}
        onChange={(e) => props.onChange(e.currentTarget.value as V)}
      >
        {props.options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </Field>
  );
}
