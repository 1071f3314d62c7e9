import { t } from '../../i18n';
import { SettingNumber } from './BreaksSection';
import { Section } from './fields';
import type { FieldsProps } from './use-settings-form';

/** Sit-stand desks: what the popup's "I'm standing" button changes, and the one reminder it brings. */
export function StandingSection(props: FieldsProps) {
  return (
    <Section id="standing" title={t('standingTitle')} intro={t('standingIntro')}>
      <div class="fields">
        <SettingNumber name="standingReminderMinutes" {...props} />
      </div>
    </Section>
  );
}
