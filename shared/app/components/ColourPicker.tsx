/** The SIM's colour: swatches that are radio buttons, each named for screen readers. */
import { SIM_COLOURS } from '../../db';
import type { MessageKey } from '../../i18n';
import { useApp } from '../state/app-context';

export function ColourPicker(props: { value: string; onChange: (colour: string) => void }) {
  const { t } = useApp();
  return (
    <fieldset class="colours">
      <legend>{t('simForm.colour')}</legend>
      <div class="colours__swatches">
        {SIM_COLOURS.map((colour, index) => (
          <label class="swatch" key={colour} title={t(`colour.${index}` as MessageKey)}>
            <input type="radio" name="colour" value={colour} checked={props.value === colour}
              onChange={() => props.onChange(colour)} />
            <span class="swatch__colour" style={{ background: colour }} aria-hidden="true" />
            <span class="visually-hidden">{t(`colour.${index}` as MessageKey)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
