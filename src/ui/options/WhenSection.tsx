import { t } from '../../i18n';
import { CallHold } from './CallHold';
import { Section, Toggle } from './fields';
import type { FieldsProps } from './use-settings-form';
import { WorkingHours } from './WorkingHours';

export function WhenSection(props: FieldsProps) {
  const { draft, update } = props;
  return (
    <Section id="when" title={t('whenTitle')} intro={t('whenIntro')}>
      <WorkingHours {...props} />
      <fieldset class="group">
        <legend>{t('holdBackLegend')}</legend>
        <Toggle
          id="deferWhileFullscreen"
          label={t('deferWhileFullscreen')}
          hint={t('deferWhileFullscreenHint')}
          checked={draft.deferWhileFullscreen}
          onChange={(checked) => update('deferWhileFullscreen', checked)}
        />
        <Toggle
          id="deferWhileAudible"
          label={t('deferWhileAudible')}
          hint={t('deferWhileAudibleHint')}
          checked={draft.deferWhileAudible}
          onChange={(checked) => update('deferWhileAudible', checked)}
        />
        <CallHold stored={draft.holdDuringCalls} />
        <Toggle
          id="waitForTypingPause"
          label={t('waitForTypingPause')}
          hint={t('waitForTypingPauseHint')}
          checked={draft.waitForTypingPause}
          onChange={(checked) => update('waitForTypingPause', checked)}
        />
        <Toggle
          id="audioKeepsSitting"
          label={t('audioKeepsSitting')}
          hint={t('audioKeepsSittingHint')}
          checked={draft.audioKeepsSitting}
          onChange={(checked) => update('audioKeepsSitting', checked)}
        />
      </fieldset>
    </Section>
  );
}
