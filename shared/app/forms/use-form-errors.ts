/**
 * Shows form errors (and questions about unlikely values) and, after each Save that found some,
 * brings the first one into view and focuses it (issue 7, item 1): the field and its message sit
 * in the middle of the screen, never under the sticky Save/Cancel bar, and a screen reader reads
 * the field with its message (aria-describedby).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldErrors } from './field-error';

/** The first control in error, else the first asked about, else the form's own alert. */
function firstToShow(form: HTMLFormElement): HTMLElement | null {
  return form.querySelector<HTMLElement>('[aria-invalid="true"]')
    ?? form.querySelector<HTMLElement>('[data-question="true"]')
    ?? form.querySelector<HTMLElement>('.form-alert');
}

export function useFormErrors() {
  const [errors, setErrorsState] = useState<FieldErrors>({});
  const [questions, setQuestionsState] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  /** The answers the user was last asked about: Save again with the same answers keeps them. */
  const [askedFor, setAskedFor] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempt === 0 || !form.current) return;
    const first = firstToShow(form.current);
    if (!first) return;
    // Focus without the browser's own scroll, which stops as soon as the box shows, often under the
    // sticky bar; then the whole field (label, box, message) goes to the middle of the screen.
    first.focus({ preventScroll: true });
    const frame = first.closest<HTMLElement>('.field, fieldset') ?? first;
    frame.scrollIntoView({ block: 'center' });
  }, [attempt]);
  const setErrors = (next: FieldErrors) => {
    setErrorsState(next);
    if (Object.keys(next).length > 0) {
      setQuestionsState({});
      setAttempt((n) => n + 1);
    }
  };
  /** Asks about unlikely values: shown beside their fields, focus on the first. */
  const setQuestions = (next: FieldErrors) => {
    setErrorsState({});
    setQuestionsState(next);
    if (Object.keys(next).length > 0) setAttempt((n) => n + 1);
  };
  /**
   * Asks about unlikely values once: true when it asks now (the Save stops there), false when
   * there is nothing unlikely or the user already saw these questions for the same `answers`.
   */
  const askOnce = (unlikely: FieldErrors, answers: string): boolean => {
    if (Object.keys(unlikely).length === 0 || askedFor === answers) return false;
    setAskedFor(answers);
    setQuestions(unlikely);
    return true;
  };
  return { errors, setErrors, questions, askOnce, form };
}
