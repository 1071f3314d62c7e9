import { CUSTOM_ID } from '../../core/stretches/routines';
import { DEFAULT_ROUTINE_ID } from '../../core/stretches/suggest';
import { messageKeys } from '../../core/stretches/types';
import { t } from '../../i18n';
import { candidate } from './draft';
import { Section } from './fields';
import { RoutineBuilder } from './RoutineBuilder';
import { RoutineChoices, RoutinePreview } from './RoutinePicker';
import { stepsOf } from './routine-text';
import type { FieldsProps } from './use-settings-form';

export function RoutineSection(props: FieldsProps) {
  const { draft, update } = props;
  const custom = candidate(draft, 'customRoutine');
  return (
    <Section id="routine" title={t('routineTitle')} intro={t('routineIntro')}>
      <RoutineChoices value={draft.routine} custom={custom} onChange={(routine) => update('routine', routine)} />
      {draft.routine === CUSTOM_ID ? (
        <>
          {draft.customRoutine.length === 0 && (
            <p class="preview__note">{t('customFallback', [t(messageKeys.routineName(DEFAULT_ROUTINE_ID))])}</p>
          )}
          <RoutineBuilder {...props} />
        </>
      ) : (
        <RoutinePreview routineId={draft.routine} steps={stepsOf(draft.routine, [])} />
      )}
    </Section>
  );
}
