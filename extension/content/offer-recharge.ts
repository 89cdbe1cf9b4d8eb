/**
 * The conversation behind the prompt, the same for a site's adapter and the generic reader: ask
 * the background about the number, show its prompt, and on the user's answer ask it to log, to
 * open the add form, or to stop asking on this site. Nothing is logged without "yes".
 */
import type { ContentMessage, ContentReply, PromptAction } from './content-message';
import type { FoundRecharge } from './found-recharge';
import { showPrompt, type PromptHandle } from './prompt-card';

/** chrome.runtime.sendMessage, passed in so that tests can answer like the background. */
export type AskBackground = (message: ContentMessage) => Promise<ContentReply>;

/** Offers to log `recharge`; resolves once the prompt is shown (or the site is dismissed). */
export async function offerRecharge(site: string, recharge: FoundRecharge, ask: AskBackground): Promise<void> {
  const reply = await ask({ type: 'recharge.lookup', site, recharge });
  if (!reply.ok || !reply.view) return;
  const prompt: PromptHandle = showPrompt(reply.view, (action) => void answer(action));

  async function answer(action: PromptAction): Promise<void> {
    if (action === 'later' || action === 'close') return prompt.remove();
    prompt.busy();
    const message: ContentMessage = action === 'yes' ? { type: 'recharge.log', site, recharge }
      : action === 'add' ? { type: 'sim.add', site, number: recharge.number }
      : { type: 'site.dismiss', site };
    const result = await ask(message).catch((): ContentReply => ({ ok: false, error: 'no answer' }));
    if (result.view) prompt.update(result.view);
    else prompt.remove();
  }
}

/** Tells the user the generic reader found no completed recharge on this page. */
export async function offerNothing(site: string, ask: AskBackground): Promise<void> {
  const reply = await ask({ type: 'reader.nothing', site });
  if (!reply.view) return;
  const prompt = showPrompt(reply.view, () => prompt.remove());
}
