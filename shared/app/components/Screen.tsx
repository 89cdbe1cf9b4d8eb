/**
 * A screen's frame: its heading (focused when the route changes, so screen readers announce the
 * new screen), the document title, and an optional way back.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useApp } from '../state/app-context';

export function Screen(props: { title: string; back?: { href: string; label: string }; actions?: ComponentChildren; children: ComponentChildren; class?: string }) {
  const { t } = useApp();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} · ${t('app.name')}`;
  }, [props.title, t]);
  useEffect(() => {
    // Only when arriving on the screen, not on every re-render.
    if (document.activeElement === document.body || document.activeElement === null || document.activeElement?.closest('.screen') === null) {
      heading.current?.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }, []);
  return (
    <div class={`screen ${props.class ?? ''}`}>
      {props.back && (
        <a class="back-link" href={props.back.href}><span aria-hidden="true">← </span>{props.back.label}</a>
      )}
      <div class="screen__head">
        <h1 ref={heading} tabIndex={-1}>{props.title}</h1>
        {props.actions}
      </div>
      {props.children}
    </div>
  );
}
