/**
 * A SIM whose operator closed its services (shared/rules/closure.ts): the refund due and why that
 * much, the claim so far, and the two things the user does next: say they asked for it, and record
 * a refund when it comes (a partial one leaves the rest outstanding). The source is told honestly:
 * TRAI's direction of 19 January 2018 to RCom and RTL, not one of regs 11-15.
 */
import { useState } from 'preact/hooks';
import { addEvent, ValidationError } from '../../db';
import type { Closure } from '../../rules/types';
import { closureDetails, closureHeadline } from '../../i18n/describe-closure';
import { formatMoney } from '../../i18n/format';
import { MoneyInput } from '../../ui/MoneyInput';
import { DateInput } from '../../ui/DateInput';
import { parseRupees, rupeesText } from '../../ui/money-text';
import { useApp } from '../state/app-context';
import { reportFailure } from '../actions';
import { fieldErrorOf, formErrorsOf, type FieldErrors } from '../forms/field-error';
import { moneyProblem } from '../forms/typed-number';

export function ClosureCard(props: { simId: string; label: string; closure: Closure }) {
  const app = useApp();
  const { t, lang, today } = app;
  const { refund } = props.closure;
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState(rupeesText(refund.outstanding));
  const [date, setDate] = useState(today);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const err = (field: string) => (errors[field] ? t(errors[field]!.key, errors[field]!.params) : undefined);

  const claim = async () => {
    try {
      await addEvent(await app.db(), { simId: props.simId, type: 'refund_claimed', date: today }, today);
      await app.reload([props.simId]);
      app.toast(t('closure.claimedToast', { label: props.label }));
    } catch (error) {
      reportFailure(app, error);
    }
  };

  // Each time, the form starts from what is still due, today: a partial refund leaves less to ask.
  const startReceiving = () => {
    setAmount(rupeesText(refund.outstanding));
    setDate(today);
    setErrors({});
    setOpen(true);
  };

  const receive = async (event: Event) => {
    event.preventDefault();
    const paise = parseRupees(amount);
    if (paise === null || Number.isNaN(paise)) {
      setErrors({ amount: paise === null ? fieldErrorOf('required') : moneyProblem(amount) });
      return;
    }
    setSaving(true);
    try {
      await addEvent(await app.db(), { simId: props.simId, type: 'refund_received', date, amount: paise }, today);
      await app.reload([props.simId]);
      setOpen(false);
      setSaving(false);
      app.toast(t('closure.receivedToast', { label: props.label, amount: formatMoney(paise, lang) }));
    } catch (error) {
      setSaving(false);
      if (error instanceof ValidationError) setErrors(formErrorsOf(error, ['amount', 'date']));
      else reportFailure(app, error);
    }
  };

  return (
    <section class="card closure" aria-labelledby="closure">
      <h2 id="closure" class="closure__headline">{closureHeadline(props.closure, lang)}</h2>
      {closureDetails(props.closure, lang, today).map((line) => <p key={line}>{line}</p>)}
      <p class="source">{t('closure.source')}</p>
      {refund.outstanding > 0 && !open && (
        <div class="button-row">
          {refund.claimedOn === null && <button type="button" class="button" onClick={() => void claim()}>{t('closure.claim')}</button>}
          <button type="button" class="button button--primary" onClick={startReceiving}>{t('closure.received')}</button>
        </div>
      )}
      {open && (
        <form class="form closure__form" onSubmit={(e) => void receive(e)} noValidate>
          <MoneyInput id="refund-amount" label={t('closure.refundAmount')} currency={t('form.rupees')} value={amount}
            onInput={setAmount} error={err('amount')} required />
          <DateInput id="refund-date" label={t('closure.refundDate')} value={date} max={today} onInput={setDate} error={err('date')} required />
          <div class="button-row form__actions">
            <button type="submit" class="button button--primary" disabled={saving}>{t('form.save')}</button>
            <button type="button" class="button button--quiet" onClick={() => { setOpen(false); setErrors({}); }}>{t('form.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
