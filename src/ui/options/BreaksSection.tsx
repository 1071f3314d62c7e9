import { NUMBER_SETTINGS } from '../../core/settings';
import { t, uiLocale } from '../../i18n';
import type { PlainNumberKey } from './draft';
import { NumberField, Section, Toggle } from './fields';
import type { FieldsProps } from './use-settings-form';

/** The unit each number is typed in, shown after its input. */
const UNITS: Record<PlainNumberKey, string> = {
  breakIntervalMinutes: 'unitMinutes',
  naturalBreakMinutes: 'unitMinutes',
  lockedBreakMinutes: 'unitMinutes',
  idleDetectionSeconds: 'unitSeconds',
  snoozeMinutes: 'unitMinutes',
  maxSnoozesPerBout: 'unitSnoozes',
  maxReminders: 'unitReminders',
  standingReminderMinutes: 'unitMinutes',
};

export function SettingNumber({ name, draft, errors, update, touch }: FieldsProps & { name: PlainNumberKey }) {
  const { min, max } = NUMBER_SETTINGS[name];
  const format = new Intl.NumberFormat(uiLocale());
  return (
    <NumberField
      id={name}
      label={t(name)}
      unit={t(UNITS[name])}
      hint={`${t(`${name}Hint`)} ${t('rangeHint', [format.format(min), format.format(max)])}`}
      value={draft[name]}
      min={min}
      max={max}
      error={errors[name]}
      onInput={(value) => update(name, value)}
      onBlur={() => touch(name)}
    />
  );
}

export function BreaksSection(props: FieldsProps) {
  const { draft, update } = props;
  return (
    <Section id="breaks" title={t('breaksTitle')} intro={t('breaksIntro')}>
      <p class="note">
        <strong>{t('why30Title')}</strong> {t('why30', [new Intl.NumberFormat(uiLocale()).format(8000)])} (
        <cite>{t('sourceDiaz2017')}</cite>)
      </p>
      <div class="fields">
        <SettingNumber name="breakIntervalMinutes" {...props} />
        <SettingNumber name="lockedBreakMinutes" {...props} />
        <SettingNumber name="naturalBreakMinutes" {...props} />
        <SettingNumber name="idleDetectionSeconds" {...props} />
        <SettingNumber name="snoozeMinutes" {...props} />
        <SettingNumber name="maxSnoozesPerBout" {...props} />
        <SettingNumber name="maxReminders" {...props} />
      </div>
      <Toggle
        id="preBreakWarning"
        label={t('preBreakWarning')}
        hint={t('preBreakWarningHint')}
        checked={draft.preBreakWarning}
        onChange={(checked) => update('preBreakWarning', checked)}
      />
    </Section>
  );
}
