import type { Dose } from '../../core/stretches/types';
import { t } from '../../i18n';

export function doseLabel(dose: Dose): string {
  switch (dose.kind) {
    case 'hold':
      return t('doseHold', [dose.seconds]);
    case 'time':
      return t('doseTime', [Math.round(dose.seconds / 60) || 1]);
    case 'reps':
      return t('doseReps', [dose.count]);
    case 'breaths':
      return t('doseBreaths', [dose.count]);
  }
}
