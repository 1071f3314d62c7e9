import { NUDGE_STYLES, type NudgeStyle } from '../../core/settings';
import { t } from '../../i18n';
import { RadioGroup, Section, Toggle } from './fields';
import type { FieldsProps } from './use-settings-form';

const STYLE_KEYS: Record<NudgeStyle, string> = { notification: 'nudgeNotification', tab: 'nudgeTab', badge: 'nudgeBadge' };

export function NudgeSection({ draft, update }: FieldsProps) {
  return (
    <Section id="nudge" title={t('nudgeSectionTitle')} intro={t('nudgeSectionIntro')}>
      <RadioGroup
        name="nudgeStyle"
        legend={t('nudgeStyleLegend')}
        value={draft.nudgeStyle}
        onChange={(value) => update('nudgeStyle', value)}
        choices={NUDGE_STYLES.map((style) => ({ value: style, label: t(STYLE_KEYS[style]), hint: t(`${STYLE_KEYS[style]}Hint`) }))}
      />
      <Toggle
        id="openTabIfUnanswered"
        label={t('openTabIfUnanswered')}
        hint={t('openTabIfUnansweredHint')}
        checked={draft.openTabIfUnanswered}
        onChange={(checked) => update('openTabIfUnanswered', checked)}
      />
      <fieldset class="group">
        <legend>{t('cuesLegend')}</legend>
        <Toggle
          id="chime"
          label={t('chime')}
          hint={t('chimeHint')}
          checked={draft.chime}
          onChange={(checked) => update('chime', checked)}
        />
        <Toggle
          id="voice"
          label={t('voice')}
          hint={t('voiceHint')}
          checked={draft.voice}
          onChange={(checked) => update('voice', checked)}
        />
      </fieldset>
    </Section>
  );
}
