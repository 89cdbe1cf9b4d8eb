/**
 * Log (or edit) one event of a SIM: the fields shown follow the chosen type; errors appear next to
 * the field they concern, and nothing typed is lost when saving fails.
 */
import { useState } from 'preact/hooks';
import { addEvent, NOTE_MAX, updateEvent, ValidationError } from '../../db';
import { ACTIVITY_KINDS, EVENT_TYPES, VOUCHER_KINDS, type EventType } from '../../rules/types';
import type { MessageKey } from '../../i18n';
import { TextInput } from '../../ui/TextInput';
import { DateInput } from '../../ui/DateInput';
import { MoneyInput } from '../../ui/MoneyInput';
import { SelectInput } from '../../ui/SelectInput';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { hrefOf, navigate } from '../router';
import { useApp } from '../state/app-context';
import { useDirtyFlag } from '../state/dirty';
import { Screen } from '../components/Screen';
import {
  FIELDS_OF, clearedFields, eventFormErrors, eventFormOf, eventInputOf, isEventType, newEventForm, type EventFormValues,
} from '../forms/event-form';
import { unlikelyFigures } from '../forms/plausibility';
import { formErrorsOf } from '../forms/field-error';
import { takeEventDraft } from '../forms/event-draft';
import { useFormErrors } from '../forms/use-form-errors';
import { reportFailure } from '../actions';
import { NotFound } from './NotFound';

const PREPAID_TYPES: EventType[] = ['activity', 'recharge', 'balance', 'anr_deduction', 'deactivated', 'reactivated'];
const POSTPAID_TYPES: EventType[] = ['activity', 'safe_custody', 'advance_rent', 'deactivated', 'reactivated'];

export function LogEvent(props: { simId: string; type: string | null; eventId: string | null }) {
  const app = useApp();
  const { t, today } = app;
  const sim = app.sims.find((s) => s.id === props.simId);
  const existing = props.eventId === null ? undefined : app.eventsBySim.get(props.simId)?.find((e) => e.id === props.eventId);
  const [initial] = useState<EventFormValues | null>(() => {
    if (!sim) return null;
    if (existing) return eventFormOf(existing, sim.policy);
    // A manual entry prefilled by the SMS screen (a message it could not read).
    const draft = takeEventDraft(sim.id);
    if (draft) return draft;
    return newEventForm(isEventType(props.type) ? props.type : 'activity', today, sim.policy);
  });
  const [values, setValues] = useState(initial);
  const { errors, setErrors, questions, askOnce, form } = useFormErrors();
  /** The values the user was asked about and chose to keep (Save again): asked once. */
  const [saving, setSaving] = useState(false);
  useDirtyFlag(!saving && JSON.stringify(values) !== JSON.stringify(initial));

  if (!sim || !values) return <NotFound message={t('notFound.sim')} />;
  if (props.eventId !== null && !existing) return <NotFound message={t('notFound.event')} />;

  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => setValues({ ...values, [key]: value });
  const err = (field: string) => (errors[field] ? t(errors[field]!.key, errors[field]!.params) : undefined);
  const ask = (field: string) => (questions[field] ? t(questions[field]!.key, questions[field]!.params) : undefined);
  const shown = FIELDS_OF[values.type];
  const typeList = sim.connection === 'prepaid' ? PREPAID_TYPES : POSTPAID_TYPES;
  const types = typeList.includes(values.type) ? typeList : [...typeList, values.type];
  const back = { href: hrefOf({ name: 'sim', simId: sim.id }), label: sim.label };

  const save = async (event: Event) => {
    event.preventDefault();
    // Every problem at once: the boxes that do not read and the store's own checks (a date after today).
    const found = eventFormErrors(values, sim.id, today);
    const parsed = eventInputOf(values, sim.id);
    if (Object.keys(found).length > 0 || !parsed.ok) {
      setErrors(found);
      return;
    }
    // Unlikely figures are asked about once; Save again with the same values keeps them.
    const recharge = values.type === 'recharge';
    const unlikely = unlikelyFigures({
      fields: recharge
        ? { paid: 'amount', talktime: 'monetaryValue', validityEnds: 'validityEnds' }
        : values.type === 'balance' ? { balance: 'amount' } : {},
      paid: values.amount, talktime: values.monetaryValue, balance: values.amount, from: values.date, validityEnds: values.validityEnds,
    });
    if (askOnce(unlikely, JSON.stringify(values))) return;
    setSaving(true);
    try {
      const db = await app.db();
      if (existing) await updateEvent(db, existing.id, { ...clearedFields(parsed.value), ...parsed.value }, today, existing);
      else await addEvent(db, parsed.value, today);
      await app.reload();
      navigate({ name: 'sim', simId: sim.id }, { replace: true });
      app.toast(t('toast.saved'));
    } catch (error) {
      setSaving(false);
      if (error instanceof ValidationError) {
        setErrors(formErrorsOf(error, ['date', 'note', ...shown]));
      } else reportFailure(app, error);
    }
  };

  const money = (field: 'amount' | 'monetaryValue' | 'fee' | 'securityDeposit', label: MessageKey, options: { optional?: boolean; hint?: string } = {}) => (
    <MoneyInput id={field} label={t(label)} currency={t('form.rupees')} value={values[field]} onInput={(v) => set(field, v)}
      error={err(field)} question={ask(field)} optionalText={options.optional ? t('form.optional') : undefined} hint={options.hint} required={!options.optional} />
  );
  const amountLabel: Partial<Record<EventType, MessageKey>> = {
    recharge: 'logForm.amount', balance: 'logForm.balance', anr_deduction: 'logForm.anrAmount', safe_custody: 'logForm.custodyAmount',
    refund_received: 'closure.refundAmount',
  };
  const formError = errors[''] ? t(errors['']!.key, errors['']!.params) : Object.keys(errors).length > 0 ? t('form.fixErrors') : null;
  const asking = formError === null && Object.keys(questions).length > 0;

  return (
    <Screen title={existing ? t('logForm.editTitle', { label: sim.label }) : t('logForm.title', { label: sim.label })} back={back}>
      <form ref={form} class="form" onSubmit={(e) => void save(e)} noValidate>
        {formError && <p class="form-alert" role="alert" tabIndex={-1}>{formError}</p>}
        {asking && <p class="form-alert form-alert--question" role="alert" tabIndex={-1}>{t('form.checkValues')}</p>}
        <SelectInput id="type" label={t('logForm.type')} value={values.type} hint={t(`typeHelp.${values.type}`)}
          options={(EVENT_TYPES as EventType[]).filter((type) => types.includes(type)).map((type) => ({ value: type, label: t(`type.${type}`) }))}
          onChange={(type) => setValues({ ...newEventForm(type, values.date, sim.policy), note: values.note })} />
        <DateInput id="date" label={t('logForm.date')} value={values.date} max={today} onInput={(v) => set('date', v)} error={err('date')} required />
        {shown.includes('kind') && (
          <SelectInput id="kind" label={t('logForm.kind')} value={values.kind} error={err('kind')}
            warning={sim.policy.activityKinds.includes(values.kind) ? undefined : t('kind.notCounted')}
            options={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            onChange={(kind) => set('kind', kind)} />
        )}
        {shown.includes('voucher') && (
          <ChoiceGroup name="voucher" legend={t('logForm.voucher')} value={values.voucher} error={err('voucher')}
            options={VOUCHER_KINDS.map((v) => ({ value: v, label: t(`voucher.${v}`) }))} onChange={(v) => set('voucher', v)} />
        )}
        {shown.includes('amount') && money('amount', amountLabel[values.type] ?? 'logForm.amount')}
        {shown.includes('noSms') && (
          <label class="choice">
            <input type="checkbox" id="noSms" checked={values.noSms} onChange={(e) => set('noSms', e.currentTarget.checked)} />
            <span>{t('logForm.noSms')}</span>
          </label>
        )}
        {shown.includes('monetaryValue') && money('monetaryValue', 'logForm.monetaryValue', { optional: true, hint: t('logForm.monetaryValueHint') })}
        {shown.includes('validityDays') && (
          <div class="field-pair">
            <TextInput id="validityDays" label={t('logForm.validityDays')} inputMode="numeric" unit={t('form.days')} value={values.validityDays}
              onInput={(v) => set('validityDays', v)} error={err('validityDays')} optionalText={t('form.optional')} hint={t('logForm.validityHint')} />
            <DateInput id="validityEnds" label={t('logForm.validityEnds')} value={values.validityEnds} min={values.date}
              onInput={(v) => set('validityEnds', v)} error={err('validityEnds')} question={ask('validityEnds')} optionalText={t('form.optional')} />
          </div>
        )}
        {shown.includes('fee') && money('fee', 'logForm.fee', { optional: true })}
        {shown.includes('securityDeposit') && sim.connection === 'postpaid' && money('securityDeposit', 'closed.deposit', { optional: true, hint: t('closed.depositHint') })}
        {shown.includes('months') && (
          <TextInput id="months" label={t('logForm.months')} inputMode="numeric" value={values.months}
            onInput={(v) => set('months', v)} error={err('months')} required />
        )}
        {shown.includes('through') && (
          <DateInput id="through" label={t('logForm.through')} value={values.through} min={values.date}
            onInput={(v) => set('through', v)} error={err('through')} required />
        )}
        <TextInput id="note" label={t('logForm.note')} optionalText={t('form.optional')} value={values.note}
          onInput={(v) => set('note', v)} error={err('note')} maxLength={NOTE_MAX} />
        <div class="button-row form__actions">
          <button type="submit" class="button button--primary" disabled={saving}>{t('form.save')}</button>
          <a class="button button--quiet" href={back.href}>{t('form.cancel')}</a>
        </div>
      </form>
    </Screen>
  );
}
