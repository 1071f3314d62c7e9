import { useState } from 'preact/hooks';
import { t, uiLocale } from '../../i18n';
import { SettingNumber } from '../options/BreaksSection';
import type { FieldsProps } from '../options/use-settings-form';

/** Two minutes of light walking every 20 minutes (Dunstan 2012) up to the hourly break many people start from. */
const PRESETS = ['20', '30', '45', '60'];

/** Quick choices for the break interval, plus any other value the schema accepts. */
export function IntervalChoice(props: FieldsProps) {
  const { draft, update } = props;
  const value = draft.breakIntervalMinutes.trim();
  const [otherPicked, setOtherPicked] = useState(false);
  const other = otherPicked || !PRESETS.includes(value);
  const minutes = (text: string) =>
    new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(Number(text));

  return (
    <fieldset class="group interval">
      <legend>{t('welcomeIntervalLegend')}</legend>
      <p class="field__hint">{t('welcomeIntervalHint')}</p>
      <div class="pills">
        {PRESETS.map((preset) => (
          <label class="pill" key={preset} for={`interval-${preset}`}>
            <input
              id={`interval-${preset}`}
              type="radio"
              name="interval"
              value={preset}
              checked={!other && value === preset}
              onChange={() => {
                setOtherPicked(false);
                update('breakIntervalMinutes', preset);
              }}
            />
            <span>{minutes(preset)}</span>
          </label>
        ))}
        <label class="pill" for="interval-other">
          <input id="interval-other" type="radio" name="interval" value="other" checked={other} onChange={() => setOtherPicked(true)} />
          <span>{t('intervalOther')}</span>
        </label>
      </div>
      {other && <SettingNumber name="breakIntervalMinutes" {...props} />}
    </fieldset>
  );
}
