/**
 * "I used this SIM today" in two taps: the first opens a short list of what people usually do,
 * the second logs it. A disclosure (a button with aria-expanded and a group), not an ARIA menu:
 * plain buttons work with every screen reader and keyboard without extra keys to learn.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActivityKind } from '../rules/types';
import { translate, type Lang } from '../i18n';

/** The quick choices, most common first; only those the SIM's policy counts are offered. */
export const QUICK_KINDS: readonly ActivityKind[] = ['call_out', 'sms_out', 'data', 'call_in'];

export function UsedToday(props: {
  id: string;
  lang: Lang;
  counted: readonly ActivityKind[];
  onUsed: (kind: ActivityKind) => void;
  somethingElseHref: string;
}) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const t = (key: Parameters<typeof translate>[1]) => translate(props.lang, key);
  const kinds = QUICK_KINDS.filter((kind) => props.counted.includes(kind));

  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div class="used-today" onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.preventDefault(); close(); } }}>
      <button ref={toggle} type="button" class="button button--primary" aria-expanded={open} aria-controls={`${props.id}-kinds`}
        onClick={() => setOpen(!open)}>
        <span aria-hidden="true">✓ </span>{t('card.usedToday')}
      </button>
      <div id={`${props.id}-kinds`} class="used-today__kinds" role="group" aria-label={t('card.usedHow')} hidden={!open}>
        <p class="used-today__prompt" aria-hidden="true">{t('card.usedHow')}</p>
        {kinds.map((kind, index) => (
          <button key={kind} ref={index === 0 ? first : undefined} type="button" class="button button--choice"
            onClick={() => { setOpen(false); props.onUsed(kind); }}>
            {t(`kind.${kind}`)}
          </button>
        ))}
        <a class="button button--choice button--quiet" href={props.somethingElseHref}>{t('card.somethingElse')}</a>
      </div>
    </div>
  );
}
