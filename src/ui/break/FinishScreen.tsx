import { dayKey } from '../../core/days';
import { dayOf } from '../../core/history';
import { t } from '../../i18n';
import type { Snapshot } from '../../storage/items';
import { formatDuration } from '../format';

/** What the break added up to today, and the way back to work. */
export function FinishScreen({ completed, snapshot, locale }: { completed: boolean; snapshot: Snapshot | null; locale: string }) {
  const today = snapshot ? dayOf(snapshot.tracked.history, dayKey(Date.now())) : null;
  return (
    <section class="finish" aria-labelledby="finish-title">
      <h1 id="finish-title">{completed ? t('finishTitle') : t('finishPartialTitle')}</h1>
      {today && (
        <dl class="finish__stats">
          <div>
            <dt>{t('movedToday')}</dt>
            <dd data-testid="moved-today">{formatDuration(today.movedMs, locale, { seconds: true })}</dd>
          </div>
          <div>
            <dt>{t('breaksToday')}</dt>
            <dd data-testid="breaks-today">{today.guidedBreaks + today.naturalBreaks}</dd>
          </div>
        </dl>
      )}
      <button type="button" onClick={() => window.close()} autofocus>
        {t('backToWork')}
      </button>
    </section>
  );
}
