/** Radio buttons in a fieldset with a legend: for a few choices seen at once (theme, voucher...). */
export interface ChoiceGroupProps<V extends string> {
  name: string;
  legend: string;
  value: V;
  options: readonly { value: V; label: string; hint?: string }[];
  onChange: (value: V) => void;
  error?: string | undefined;
  /** Lay the choices in a row (short labels) rather than a column. */
  inline?: boolean;
}

export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  return (
    <fieldset class={`choices${props.inline ? ' choices--inline' : ''}${props.error ? ' field--error' : ''}`}
      aria-describedby={props.error ? `${props.name}-error` : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label class="choice" key={option.value}>
          <input type="radio" name={props.name} value={option.value} checked={props.value === option.value}
            onChange={() => props.onChange(option.value)} />
          <span>
            {option.label}
            {option.hint && <span class="choice__hint">{option.hint}</span>}
          </span>
        </label>
      ))}
      {props.error && <p class="field__error" id={`${props.name}-error`}><span aria-hidden="true">✕ </span>{props.error}</p>}
    </fieldset>
  );
}
