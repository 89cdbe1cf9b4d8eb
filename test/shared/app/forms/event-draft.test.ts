import { describe, expect, it } from 'vitest';
import { offerEventDraft, takeEventDraft } from '../../../../shared/app/forms/event-draft';
import { newEventForm } from '../../../../shared/app/forms/event-form';
import { presetFor } from '../../../../shared/rules/presets';

describe('event draft', () => {
  const values = { ...newEventForm('balance', '2026-08-02', presetFor('jio').policy), note: 'Bal Rs 10' };

  it('fills the log form of its own SIM once', () => {
    offerEventDraft('a', values);
    expect(takeEventDraft('a')).toEqual(values);
    expect(takeEventDraft('a')).toBeNull();
  });

  it('is dropped when another SIM’s log form opens', () => {
    offerEventDraft('a', values);
    expect(takeEventDraft('b')).toBeNull();
    expect(takeEventDraft('a')).toBeNull();
  });
});
