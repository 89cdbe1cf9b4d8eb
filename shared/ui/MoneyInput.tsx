/** A rupee amount: the currency before the box, a decimal keyboard, paise allowed (parse with money-text.ts). */
import { describedBy, Field, type FieldProps } from './Field';

export interface MoneyInputProps extends Omit<FieldProps, 'children'> {
  value: string;
  onInput: (value: string) => void;
  /** 'Rs' or '₹', in the user's language. */
  currency: string;
  required?: boolean;
}

export function MoneyInput(props: MoneyInputProps) {
  return (
    <Field {...props}>
      <div class="input-money">
        <span class="input-money__currency" aria-hidden="true">{props.currency}</span>
        <input
          id={props.id}
          name={props.id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          required={props.required}
          value={props.value}
          aria-invalid={props.error ? 'true' : undefined}
          data-question={props.question ? 'true' : undefined}
          aria-describedby={describedBy(props.id, props)}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      </div>
    </Field>
  );
}
