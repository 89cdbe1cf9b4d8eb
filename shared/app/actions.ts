/**
 * The writes the screens share, each followed by a reload and a toast with Undo where the
 * action can be undone.
 */
import { addEvent, deleteEvent, deleteSim, loadSampleData, requestPersistence, restoreEvent, restoreSim, setSetting, type EventRecord } from '../db';
import { isStorageFull } from '../db/db';
import type { ActivityKind } from '../rules/types';
import { presetFor } from '../rules/presets';
import type { AppState } from './state/app-context';
import { navigate } from './router';

function failed(app: AppState, error: unknown): void {
  console.error(error);
  // A full disk refuses the write whole (one transaction): say so in words, not as an error.
  if (isStorageFull(error)) app.toast(app.t('toast.storageFull'));
  else app.toast(app.t('toast.failed', { message: error instanceof Error ? error.message : String(error) }));
}

/**
 * Whether the operator has deactivated the number (an observed deactivation, not yet followed by
 * a reactivation): use is then impossible, and the rules rightly ignore it (reg 14: the number
 * comes back only by reactivation).
 */
function isObservedDeactivated(app: AppState, simId: string): boolean {
  const projection = app.views.find((view) => view.sim.id === simId)?.projection;
  return projection?.connection === 'prepaid' && projection.deactivationObserved && projection.state !== 'active';
}

/**
 * "I used this SIM today": one activity of `kind`, today, with Undo. On a number the operator has
 * deactivated, nothing is logged: the user is told so and offered the step that counts, logging
 * the reactivation with its date and fee.
 */
export async function logUsedToday(app: AppState, simId: string, label: string, kind: ActivityKind): Promise<void> {
  if (isObservedDeactivated(app, simId)) {
    app.toast(app.t('toast.usedDeactivated', { label }), {
      label: app.t('toast.logReactivation'),
      run: () => navigate({ name: 'log', simId, type: 'reactivated', eventId: null }),
    });
    return;
  }
  try {
    const event = await addEvent(await app.db(), { type: 'activity', date: app.today, kind, simId }, app.today);
    await app.reload([simId]);
    app.toast(app.t('toast.used', { label, kind: app.t(`kind.${kind}`) }), {
      label: app.t('toast.undo'),
      run: async () => {
        await deleteEvent(await app.db(), event.id, app.today, event);
        await app.reload([simId]);
      },
    });
  } catch (error) {
    failed(app, error);
  }
}

export async function removeEvent(app: AppState, event: EventRecord): Promise<void> {
  try {
    const removed = await deleteEvent(await app.db(), event.id, app.today, event);
    await app.reload(removed ? [removed.simId] : []);
    if (!removed) return;
    app.toast(app.t('toast.eventDeleted'), {
      label: app.t('toast.undo'),
      run: async () => {
        await restoreEvent(await app.db(), removed);
        await app.reload([removed.simId]);
        app.toast(app.t('toast.restored'));
      },
    });
  } catch (error) {
    failed(app, error);
  }
}

export async function removeSim(app: AppState, simId: string): Promise<void> {
  try {
    const removed = await deleteSim(await app.db(), simId);
    await app.reload([simId]);
    if (!removed) return;
    app.toast(app.t('toast.simDeleted', { label: removed.sim.label }), {
      label: app.t('toast.undo'),
      run: async () => {
        await restoreSim(await app.db(), removed);
        await app.reload([simId]);
        app.toast(app.t('toast.restored'));
      },
    });
  } catch (error) {
    failed(app, error);
  }
}

export async function trySampleData(app: AppState): Promise<void> {
  try {
    await loadSampleData(await app.db(), app.today, (operator) => presetFor(operator).policy);
    void requestPersistence();
    await setSetting(await app.db(), 'onboarded', true);
    await app.reload();
    app.toast(app.t('toast.sampleLoaded'));
  } catch (error) {
    failed(app, error);
  }
}

export { failed as reportFailure };
