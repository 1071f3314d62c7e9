import type { Settings } from '../../core/settings';
import type { TodayView } from '../../core/today';
import { t } from '../../i18n';
import { formatDuration } from '../format';
import { GoalBar } from './GoalBar';
import { StatusLine } from './StatusLine';
import type { PopupStatus } from './status';

interface Props {
  view: TodayView;
  /** Today's sitting on this computer, when the total is that of all the person's computers. */
  mine?: number | undefined;
  /** Away from the computer; a fresh install, with nothing heard yet, is not "away". */
  away: boolean;
  status: PopupStatus;
  now: number;
  locale: string;
  settings: Settings;
}

export function TodayCard({ view, mine, away, status, now, locale, settings }: Props) {
  const boutText = away
    ? t('away')
    : view.bout
      ? formatDuration(view.bout.sittingMs, locale)
      : view.standing
        ? t('popupStandingBout')
        : t('notStarted');
  return (
    <section class="card today">
      <dl class="today__numbers">
        <div class="today__total">
          <dt>{t('todaySitting')}</dt>
          <dd data-testid="today-total" elementtiming="today-total">
            {formatDuration(view.day.sittingMs, locale)}
          </dd>
          {mine !== undefined && (
            <dd class="today__share" data-testid="today-share">
              {t('popupAllComputers', [formatDuration(mine, locale)])}
            </dd>
          )}
        </div>
        <div class="today__bout">
          <dt>{t('currentBout')}</dt>
          <dd data-testid="current-bout">{boutText}</dd>
        </div>
      </dl>
      <StatusLine status={status} now={now} locale={locale} breakIntervalMinutes={settings.breakIntervalMinutes} />
      <GoalBar sittingMs={view.day.sittingMs} goalMinutes={settings.dailyGoalMinutes} locale={locale} />
    </section>
  );
}
