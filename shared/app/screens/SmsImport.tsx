/**
 * Operator SMS into the app (issue 9, section 2): paste one message or a whole thread, or share one
 * into the installed PWA, and confirm what each says. Each message is read on its own; the screen
 * proposes its events for the matching SIM, every field editable, and writes only on the user's yes.
 * An event already logged (same transaction id, or same type, date and amount) is pointed out and
 * not saved twice. A message it cannot read says so and offers the log form, prefilled. The text is
 * kept, as the note, only when the user ticks that box.
 *
 * The message's text is shown as text (JSX escapes it): a shared message never renders as markup.
 */
import '../../ui/styles/sms.css';
import { useState } from 'preact/hooks';
import { addEvent, formatMobileNumber, ValidationError, validateEventInput, type EventInput, type SimRecord } from '../../db';
import type { MessageKey } from '../../i18n';
import { ACTIVITY_KINDS, VOUCHER_KINDS, type EventType, type SimEvent } from '../../rules/types';
import { DateInput } from '../../ui/DateInput';
import { MoneyInput } from '../../ui/MoneyInput';
import { SelectInput } from '../../ui/SelectInput';
import { Field } from '../../ui/Field';
import { parseRupees } from '../../ui/money-text';
import { hrefOf, navigate } from '../router';
import { useApp, type AppState } from '../state/app-context';
import { useDirtyFlag } from '../state/dirty';
import { Screen } from '../components/Screen';
import { newEventForm, type EventFormValues } from '../forms/event-form';
import { formErrorsOf, type FieldErrors } from '../forms/field-error';
import { offerEventDraft } from '../forms/event-draft';
import { reportFailure } from '../actions';
import { takeSharedText } from '../sms/shared-text';
import { inputsOf, noteOf, reviewOf, type ReviewItem } from '../sms/sms-review';
import { duplicateOf, type Duplicate } from '../sms/duplicate-of';

/** The log-form type a reading's kind would be entered as, by hand. */
const TYPE_OF_KIND: Record<string, EventType> = {
  recharge: 'recharge', balance: 'balance', usage: 'activity', anr_deduction: 'anr_deduction', deactivation: 'deactivated',
};

type Errors = Map<string, FieldErrors>;
const keyOf = (item: number, event: number) => `${item}:${event}`;

export function SmsImport(props: { fromSimId: string | null }) {
  const app = useApp();
  const { t, today, sims } = app;
  const [shared] = useState(() => takeSharedText());
  const [text, setText] = useState(shared ?? '');
  const [items, setItems] = useState<ReviewItem[] | null>(() => (shared === null ? null : reviewOf(shared, sims, today, props.fromSimId)));
  const [keepText, setKeepText] = useState(false);
  const [errors, setErrors] = useState<Errors>(new Map());
  const [saving, setSaving] = useState(false);
  useDirtyFlag(!saving && (items !== null || text.trim() !== ''));

  const from = sims.find((s) => s.id === props.fromSimId);
  const back = from ? { href: hrefOf({ name: 'sim', simId: from.id }), label: from.label } : { href: '#/', label: t('nav.home') };
  const read = (event: Event) => {
    event.preventDefault();
    if (text.trim() === '') return;
    setErrors(new Map());
    setItems(reviewOf(text, sims, today, props.fromSimId));
  };

  if (items === null) {
    return (
      <Screen title={t('sms.title')} back={back}>
        <form class="form card" onSubmit={read} noValidate>
          <Field id="sms-text" label={t('sms.pasteLabel')} hint={t('sms.pasteHint')}>
            <textarea id="sms-text" class="sms-paste" rows={8} value={text} aria-describedby="sms-text-hint"
              onInput={(e) => setText(e.currentTarget.value)} />
          </Field>
          <div class="button-row form__actions">
            <button type="submit" class="button button--primary" disabled={text.trim() === ''}>{t('sms.read')}</button>
            <a class="button button--quiet" href={back.href}>{t('form.cancel')}</a>
          </div>
        </form>
        <p class="source">{t('sms.privacy')}</p>
      </Screen>
    );
  }

  const duplicates = duplicatesOf(items, app);
  const toSave = items.flatMap((item, i) => item.simId === null ? [] : item.events.filter((e, j) => e.include && !duplicates.has(keyOf(i, j))));
  const update = (i: number, change: (item: ReviewItem) => ReviewItem) => setItems(items.map((item, k) => (k === i ? change(item) : item)));

  const save = async (event: Event) => {
    event.preventDefault();
    const found: Errors = new Map();
    const batch: { simId: string; input: EventInput }[] = [];
    items.forEach((item, i) => {
      const ticked = { ...item, events: item.events.map((e, j) => ({ ...e, include: e.include && !duplicates.has(keyOf(i, j)) })) };
      const { inputs, errors: formErrors } = inputsOf(ticked, keepText);
      formErrors.forEach((e, j) => found.set(keyOf(i, j), e));
      for (const { index, input } of inputs) {
        // The store's own checks (no future date, validity after the recharge…), before anything is written.
        try {
          validateEventInput(input, today);
          batch.push({ simId: input.simId, input });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          found.set(keyOf(i, index), formErrorsOf(error, ['date', 'kind', 'voucher', 'amount', 'monetaryValue', 'validityEnds', 'note']));
        }
      }
    });
    setErrors(found);
    if (found.size > 0 || batch.length === 0) return;
    setSaving(true);
    try {
      for (const { input } of batch) await addEvent(await app.db(), input, today);
      await app.reload();
      const simIds = [...new Set(batch.map((b) => b.simId))];
      navigate(simIds.length === 1 ? { name: 'sim', simId: simIds[0]! } : { name: 'home' }, { replace: true });
      app.toast(t('sms.saved', { n: batch.length }));
    } catch (error) {
      setSaving(false);
      reportFailure(app, error);
    }
  };

  const manual = (item: ReviewItem) => {
    if (item.simId === null) return;
    const sim = sims.find((s) => s.id === item.simId)!;
    const type = TYPE_OF_KIND[item.reading.kind] ?? 'activity';
    const values = newEventForm(sim.connection === 'postpaid' && type !== 'activity' ? 'activity' : type, item.reading.date ?? today, sim.policy);
    if (keepText) values.note = noteOf(item.text);
    offerEventDraft(sim.id, values);
    navigate({ name: 'log', simId: sim.id, type: null, eventId: null });
  };

  const readable = items.filter((item) => item.events.length > 0).length;
  return (
    <Screen title={t('sms.title')} back={back}>
      <form class="form" onSubmit={(e) => void save(e)} noValidate>
        <p class="screen__sub" role="status">{t('sms.summary', { n: items.length, readable })}</p>
        {errors.size > 0 && <p class="form-alert" role="alert">{t('form.fixErrors')}</p>}
        {items.map((item, i) => (
          <MessageCard key={i} index={i} count={items.length} item={item} sims={sims} errors={errors} duplicates={duplicates}
            onChange={(change) => update(i, change)} onManual={() => manual(item)} />
        ))}
        <label class="choice">
          <input type="checkbox" checked={keepText} onChange={(e) => setKeepText(e.currentTarget.checked)} />
          <span>{t('sms.keepText')}</span>
        </label>
        <div class="button-row form__actions">
          <button type="submit" class="button button--primary" disabled={saving || toSave.length === 0}>
            {toSave.length === 0 ? t('sms.nothingToSave') : t('sms.save', { n: toSave.length })}
          </button>
          <button type="button" class="button button--quiet" onClick={() => setItems(null)}>{t('sms.pasteOther')}</button>
          <a class="button button--quiet" href={back.href}>{t('form.cancel')}</a>
        </div>
      </form>
    </Screen>
  );
}

/**
 * Which proposed events repeat one already logged on their SIM, or one ticked earlier in the same
 * paste (a thread that holds a message twice).
 */
function duplicatesOf(items: readonly ReviewItem[], app: AppState): Map<string, Duplicate> {
  const found = new Map<string, Duplicate>();
  const earlier = new Map<string, (SimEvent & { note?: string })[]>();
  items.forEach((item, i) => {
    if (item.simId === null) return;
    const logged = [...(app.eventsBySim.get(item.simId) ?? []), ...(earlier.get(item.simId) ?? [])];
    const kept: (SimEvent & { note?: string })[] = [];
    item.events.forEach((proposed, j) => {
      const event = simEventOf(proposed.values);
      if (!event) return;
      const duplicate = duplicateOf(event, item.reading.transactionId, logged);
      if (duplicate) found.set(keyOf(i, j), duplicate);
      else if (proposed.include) kept.push({ ...event, note: item.text });
    });
    earlier.set(item.simId, [...(earlier.get(item.simId) ?? []), ...kept]);
  });
  return found;
}

/** The event the values describe, for comparing: only the fields a duplicate is judged by. */
function simEventOf(values: EventFormValues): SimEvent | null {
  const amount = parseRupees(values.amount) ?? Number.NaN;
  switch (values.type) {
    case 'activity': return { type: 'activity', date: values.date, kind: values.kind };
    case 'deactivated': return { type: 'deactivated', date: values.date };
    case 'recharge': return { type: 'recharge', date: values.date, amount, voucher: values.voucher };
    case 'balance': case 'anr_deduction': return { type: values.type, date: values.date, amount };
    default: return null;
  }
}

function MessageCard(props: {
  index: number; count: number; item: ReviewItem; sims: readonly SimRecord[]; errors: Errors; duplicates: Map<string, Duplicate>;
  onChange: (change: (item: ReviewItem) => ReviewItem) => void; onManual: () => void;
}) {
  const { t, today } = useApp();
  const { item, index: i, sims } = props;
  const { reading } = item;
  const headingId = `sms-${i}-title`;
  // The figures stay as read (or as corrected): another SIM changes only where they are saved.
  const setSim = (simId: string) => props.onChange((old) => ({ ...old, simId: simId === '' ? null : simId }));
  const setValues = (j: number, values: EventFormValues) => props.onChange((old) => ({ ...old, events: old.events.map((e, k) => (k === j ? { ...e, values } : e)) }));
  const setInclude = (j: number, include: boolean) => props.onChange((old) => ({ ...old, events: old.events.map((e, k) => (k === j ? { ...e, include } : e)) }));

  const matchHint = item.match.by === 'number' && item.simId === item.match.simId ? t('sms.matchNumber', { number: formatMobileNumber(reading.number!) })
    : item.match.by === 'operator' && item.simId === item.match.simId ? t('sms.matchOperator', { operator: t(`operator.${reading.operator!}`) })
    : item.match.by === 'from' && item.simId === item.match.simId ? t('sms.matchFrom')
    : item.match.by === 'none' && item.match.otherNumber ? t('sms.otherNumber', { number: formatMobileNumber(item.match.otherNumber) })
    : item.simId === null && item.events.length === 0 ? t('sms.pickSim')
    : undefined;
  const title = reading.kind === 'unknown' ? t('sms.kind.unknown') : t(`sms.kind.${reading.kind}`);

  return (
    <section class={`card sms-item${item.events.length === 0 ? ' sms-item--unread' : ''}`} aria-labelledby={headingId}>
      <p class="sms-item__count">{t('sms.count', { n: i + 1, of: props.count })}</p>
      <h2 id={headingId}>{title}</h2>
      <blockquote class="sms-item__text">{item.text}</blockquote>
      {item.events.length === 0 && (
        <div class="notice" role="note">
          <p>{reading.kind === 'unknown' ? t(`sms.unknown.${reading.reason ?? 'not_understood'}`) : t('sms.nothingToLog')}</p>
        </div>
      )}
      {sims.length === 0 ? <p><a class="button" href="#/add">{t('home.add')}</a></p> : (
        <SelectInput id={`sms-${i}-sim`} label={t('sms.sim')} value={item.simId ?? ''} hint={matchHint}
          error={item.simId === null && item.events.length > 0 ? t('sms.pickSim') : undefined}
          options={[{ value: '', label: t('sms.chooseSim') }, ...sims.map((s) => ({ value: s.id, label: `${s.label} · ${formatMobileNumber(s.number)}` }))]}
          onChange={setSim} />
      )}
      {item.events.map((proposed, j) => {
        const key = keyOf(i, j);
        const duplicate = props.duplicates.get(key);
        const errors = props.errors.get(key) ?? {};
        const err = (field: string) => (errors[field] ? t(errors[field]!.key, errors[field]!.params) : undefined);
        const unsure = (field: string) => (proposed.unsure.includes(field) ? t('sms.unsure') : undefined);
        const values = proposed.values;
        const set = <K extends keyof EventFormValues>(field: K, value: EventFormValues[K]) => setValues(j, { ...values, [field]: value });
        const id = (field: string) => `sms-${i}-${j}-${field}`;
        const money = (field: 'amount' | 'monetaryValue', label: MessageKey, optional = false) => (
          <MoneyInput id={id(field)} label={t(label)} currency={t('form.rupees')} value={values[field]} onInput={(v) => set(field, v)}
            error={err(field)} optionalText={optional ? t('form.optional') : undefined} required={!optional} />
        );
        const included = proposed.include && !duplicate;
        return (
          <fieldset key={j} class={`sms-event${included ? '' : ' sms-event--off'}`}>
            <legend>
              <label class="choice">
                <input type="checkbox" checked={included} disabled={duplicate !== undefined} onChange={(e) => setInclude(j, e.currentTarget.checked)} />
                <span>{t(`type.${values.type}`)}</span>
              </label>
            </legend>
            {duplicate && <p class="field__warning">{t(duplicate === 'transaction' ? 'sms.duplicateTransaction' : 'sms.duplicate')}</p>}
            {included && (
              <>
                <DateInput id={id('date')} label={t('logForm.date')} value={values.date} max={today} onInput={(v) => set('date', v)}
                  error={err('date')} warning={unsure('date')} required />
                {values.type === 'activity' && (
                  <SelectInput id={id('kind')} label={t('logForm.kind')} value={values.kind} warning={unsure('kind')} error={err('kind')}
                    options={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))} onChange={(kind) => set('kind', kind)} />
                )}
                {values.type === 'recharge' && (
                  <SelectInput id={id('voucher')} label={t('logForm.voucher')} value={values.voucher} warning={unsure('voucher')} error={err('voucher')}
                    options={VOUCHER_KINDS.map((v) => ({ value: v, label: t(`voucher.${v}`) }))} onChange={(v) => set('voucher', v)} />
                )}
                {values.type === 'recharge' && money('amount', 'logForm.amount')}
                {values.type === 'balance' && money('amount', 'logForm.balance')}
                {values.type === 'anr_deduction' && money('amount', 'logForm.anrAmount')}
                {values.type === 'recharge' && money('monetaryValue', 'logForm.monetaryValue', true)}
                {values.type === 'recharge' && (
                  <DateInput id={id('validityEnds')} label={t('sms.validityEnds')} value={values.validityEnds} min={values.date}
                    onInput={(v) => set('validityEnds', v)} error={err('validityEnds')} optionalText={t('form.optional')} />
                )}
              </>
            )}
          </fieldset>
        );
      })}
      {item.events.length === 0 && item.simId !== null && (
        <button type="button" class="button" onClick={props.onManual}>{t('sms.manual')}</button>
      )}
    </section>
  );
}
