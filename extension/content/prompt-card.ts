/**
 * The in-page prompt: a small card in a closed shadow root, so the site's scripts cannot read or
 * restyle it and its styles cannot leak into the site. Every word is set with textContent, never
 * as markup: a plan name or label that contains "<img onerror=...>" shows as those characters.
 * Buttons are real <button>s (Tab, Enter, Space); Escape inside the card means "Not now".
 */
import type { PromptAction, PromptView } from './content-message';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; }
.card { box-sizing: border-box; width: min(360px, calc(100vw - 32px)); padding: 14px 16px 16px;
  border-radius: 12px; border: 1px solid #b7cbc8; background: #ffffff; color: #14201e;
  box-shadow: 0 8px 28px rgba(0,0,0,.22); font: 15px/1.45 system-ui, 'Noto Sans', 'Noto Sans Devanagari', sans-serif; }
.head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; font-size: 13px; font-weight: 700; color: #0f766e; }
.head span { flex: 1; }
.message { margin: 0 0 6px; font-size: 15px; font-weight: 600; }
.details { margin: 0 0 10px; padding: 0; list-style: none; font-size: 13px; color: #44524f; }
.buttons { display: flex; flex-wrap: wrap; gap: 8px; }
.details:empty, .buttons:empty { display: none; }
button { font: inherit; font-size: 14px; min-height: 36px; padding: 6px 12px; border-radius: 8px; cursor: pointer;
  border: 1px solid #0f766e; background: transparent; color: #0f5f58; }
button.primary { background: #0f766e; color: #ffffff; }
button.close { border: none; min-width: 32px; min-height: 32px; padding: 0; font-size: 20px; line-height: 1; color: inherit; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
button:disabled { opacity: .6; cursor: progress; }
@media (prefers-color-scheme: dark) {
  .card { background: #17211f; color: #e7efed; border-color: #3b4d4a; box-shadow: 0 8px 28px rgba(0,0,0,.6); }
  .head { color: #5eead4; }
  .details { color: #b4c4c1; }
  button { border-color: #5eead4; color: #99f6e4; }
  button.primary { background: #5eead4; color: #06201d; }
}`;

export interface PromptHandle {
  /** Shows another view in the same card (after yes: what was logged). */
  update(view: PromptView): void;
  /** Disables the buttons while the background answers, so a double click logs once. */
  busy(): void;
  remove(): void;
}

/** Shows `view` at the bottom right of the page; `onAction` hears which button was chosen. */
export function showPrompt(view: PromptView, onAction: (action: PromptAction) => void): PromptHandle {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const card = document.createElement('div');
  root.append(style, card);
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onAction('later');
  });
  (document.body ?? document.documentElement).append(host);
  const handle: PromptHandle = {
    update(next) {
      render(card, next, onAction);
    },
    busy() {
      for (const button of card.querySelectorAll('button')) button.disabled = true;
    },
    remove() {
      host.remove();
    },
  };
  handle.update(view);
  return handle;
}

function render(card: HTMLElement, view: PromptView, onAction: (action: PromptAction) => void): void {
  card.className = 'card';
  card.lang = view.lang;
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'sim-keeper-message');
  const head = element('div', 'head');
  head.append(element('span', '', view.title), button(view.closeLabel, 'close', () => onAction('close'), '×'));
  // A word joiner keeps '…1234' on one line: the ellipsis is otherwise a place to break.
  const message = element('p', 'message', view.message.replace(/…(?=\d)/g, '…\u2060'));
  message.id = 'sim-keeper-message';
  const details = element('ul', 'details');
  for (const line of view.details) details.append(element('li', '', line));
  const buttons = element('div', 'buttons');
  view.buttons.forEach(({ action, label }, index) => buttons.append(button(label, index === 0 ? 'primary' : '', () => onAction(action))));
  card.replaceChildren(head, message, details, buttons);
  // The first answer takes focus, so a keyboard user can answer at once and Escape works.
  (card.querySelector<HTMLButtonElement>('.buttons button') ?? card.querySelector<HTMLButtonElement>('button.close'))
    ?.focus({ preventScroll: true });
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label: string, className: string, onClick: () => void, text = label): HTMLButtonElement {
  const node = element('button', className, text) as HTMLButtonElement;
  node.type = 'button';
  if (text !== label) node.setAttribute('aria-label', label);
  node.addEventListener('click', onClick);
  return node;
}
