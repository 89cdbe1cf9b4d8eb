/**
 * Edits in progress. A form marks itself dirty while it holds changes not yet saved, so that an
 * app update never reloads the page under it.
 */
import { useEffect, useState } from 'preact/hooks';

const dirtyForms = new Set<symbol>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

export function hasUnsavedEdits(): boolean {
  return dirtyForms.size > 0;
}

/** Registers this form's dirtiness for as long as it is mounted. */
export function useDirtyFlag(dirty: boolean): void {
  const [id] = useState(() => Symbol('form'));
  useEffect(() => {
    if (dirty) dirtyForms.add(id);
    else dirtyForms.delete(id);
    changed();
    return () => {
      dirtyForms.delete(id);
      changed();
    };
  }, [dirty, id]);
}

/** Re-renders when any form becomes dirty or clean. */
export function useUnsavedEdits(): boolean {
  const [dirty, setDirty] = useState(hasUnsavedEdits());
  useEffect(() => {
    const listener = () => setDirty(hasUnsavedEdits());
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return dirty;
}
