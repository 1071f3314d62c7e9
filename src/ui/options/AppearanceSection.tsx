import { NUMBER_SETTINGS, THEMES, type Theme } from '../../core/settings';
import { t, uiLocale } from '../../i18n';
import { formatDuration } from '../format';
import { describedBy, errorId, FieldError, hintId, RadioGroup, Section } from './fields';
import type { FieldsProps } from './use-settings-form';

const THEME_KEYS: Record<Theme, string> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' };

/** The goal is stored in minutes and typed as hours and minutes, the way people think of a day. */
function GoalField({ draft, errors, update, touch }: FieldsProps) {
  const goal = draft.dailyGoalMinutes;
  const error = errors.dailyGoalMinutes;
  const { min, max } = NUMBER_SETTINGS.dailyGoalMinutes;
  const locale = uiLocale();
  const described = describedBy(hintId('dailyGoal'), error && errorId('dailyGoalMinutes'));
  const invalid = error ? 'true' : undefined;
  return (
    <fieldset class="group">
      <legend>{t('goalLegend')}</legend>
      <div class="goal">
        <div class="goal__part">
          <input
            id="dailyGoalHours"
            type="number"
            inputMode="numeric"
            min={0}
            max={Math.floor(max / 60)}
            step={1}
            value={goal.hours}
            aria-invalid={invalid}
            aria-describedby={described}
            onInput={(event) => update('dailyGoalMinutes', (previous) => ({ ...previous, hours: event.currentTarget.value }))}
            onBlur={() => touch('dailyGoalMinutes')}
          />
          <label for="dailyGoalHours">{t('goalHours')}</label>
        </div>
        <div class="goal__part">
          <input
            id="dailyGoalMins"
            type="number"
            inputMode="numeric"
            min={0}
            max={59}
            step={1}
            value={goal.minutes}
            aria-invalid={invalid}
            aria-describedby={described}
            onInput={(event) => update('dailyGoalMinutes', (previous) => ({ ...previous, minutes: event.currentTarget.value }))}
            onBlur={() => touch('dailyGoalMinutes')}
          />
          <label for="dailyGoalMins">{t('goalMinutes')}</label>
        </div>
      </div>
      <p class="field__hint" id={hintId('dailyGoal')}>
        {t('goalHint', [formatDuration(min * 60_000, locale), formatDuration(max * 60_000, locale)])}
      </p>
      <FieldError id="dailyGoalMinutes" message={error} />
    </fieldset>
  );
}

export function AppearanceSection(props: FieldsProps) {
  const { draft, update } = props;
  return (
    <Section id="appearance" title={t('appearanceTitle')} intro={t('appearanceIntro')}>
      <RadioGroup
        name="theme"
        legend={t('themeLegend')}
        inline
        value={draft.theme}
        onChange={(theme) => update('theme', theme)}
        choices={THEMES.map((theme) => ({ value: theme, label: t(THEME_KEYS[theme]) }))}
      />
      <GoalField {...props} />
    </Section>
  );
}
