/** Shows form errors and moves focus to the first field in error after each failed save. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldErrors } from './field-error';

export function useFormErrors() {
  const [errors, setErrorsState] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempt === 0) return;
    // The first field in error; the form's own alert when the error belongs to no field.
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current?.querySelector<HTMLElement>('.form-alert');
    first?.focus();
  }, [attempt]);
  const setErrors = (next: FieldErrors) => {
    setErrorsState(next);
    if (Object.keys(next).length > 0) setAttempt((n) => n + 1);
  };
  return { errors, setErrors, form };
}
