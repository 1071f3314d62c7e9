import { t } from '../../i18n';
import { formatDuration } from '../format';
import { goalProgress } from './goal';

interface Props {
  sittingMs: number;
  goalMinutes: number;
  locale: string;
}

/** The words carry the meaning; the bar is a glance-sized echo of them, hidden from screen readers. */
export function GoalBar({ sittingMs, goalMinutes, locale }: Props) {
  const progress = goalProgress(sittingMs, goalMinutes);
  const over = progress.overMs > 0;
  const goal = formatDuration(goalMinutes * 60_000, locale);
  return (
    <div class={over ? 'goal goal--over' : 'goal'} data-testid="goal">
      <p class="goal__text">
        <span>{t('popupGoal', [goal])}</span>
        <span class="goal__left">
          {over
            ? t('popupGoalOver', [formatDuration(progress.overMs, locale)])
            : t('popupGoalLeft', [formatDuration(progress.leftMs, locale)])}
        </span>
      </p>
      <div class="goal__track" aria-hidden="true">
        <div class="goal__fill" style={{ width: `${(progress.ratio * 100).toFixed(1)}%` }} />
      </div>
    </div>
  );
}
