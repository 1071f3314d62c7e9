import { dayKey } from '../../core/days';
import { liveHistory } from '../../core/engine';
import { bestDay, countingSince, lastDays, weeklyAverages, weekOverWeek } from '../../core/stats';
import { t, uiLocale } from '../../i18n';
import { BarChart } from '../chart/BarChart';
import { dayBars, dayDate } from '../chart/day-bars';
import { formatDuration } from '../format';
import { RepairOnError } from '../repair-on-error';
import { useFirstFramePainted } from '../use-first-frame';
import { type EarlySnapshot, useNow, useSnapshot } from '../use-snapshot';
import { useTheme } from '../use-theme';
import { BestDay } from './BestDay';
import { Computers } from './Computers';
import { computerDays } from './computer-days';
import { dateLabel } from './date-label';
import { HistoryTable } from './HistoryTable';
import { DAYS_SHOWN, readHistoryPage } from './read';
import { WeekComparison } from './WeekComparison';
import { WeeklyAverages } from './WeeklyAverages';
import { WhyItMatters } from './WhyItMatters';

/** Whole weeks only: a two-day "week" would make a misleading average. */
const WEEKS_SHOWN = 4;
/** The newest week: the rows the first screen has room for, below the chart. */
const FIRST_ROWS = 7;

/** Thirty days of sitting: the chart to see the shape, the table for the numbers, the evidence for why. */
export function History({ initial }: { initial?: EarlySnapshot | undefined }) {
  return (
    <RepairOnError page="history">
      <HistoryView initial={initial} />
    </RepairOnError>
  );
}

function HistoryView({ initial }: { initial?: EarlySnapshot | undefined }) {
  const snapshot = useSnapshot(readHistoryPage, initial);
  useTheme(snapshot?.settings.theme);
  // Today's row counts the bout in progress, as the popup does.
  const now = useNow(60_000);
  const rest = useFirstFramePainted();
  if (!snapshot) return <main class="history" aria-busy="true" />;

  const locale = uiLocale();
  const { settings } = snapshot;
  const today = dayKey(now);
  const history = liveHistory(snapshot.tracked, now, settings);
  const days = lastDays(history, today, DAYS_SHOWN);
  const since = countingSince(history, today);
  // The chart keeps its 30 slots; the numbers never claim a day before counting began was empty.
  const counted = days.filter((row) => row.day >= since);
  const goal = formatDuration(settings.dailyGoalMinutes * 60_000, locale);
  // Shared across computers: each one's days and all of them together, below this computer's own.
  const shown = computerDays(snapshot, now, DAYS_SHOWN);

  return (
    <main class="history">
      <header class="history__header">
        <h1>{t('historyHeading')}</h1>
        <p class="history__lede">{t('historyLede')}</p>
        <p class="history__lede" data-testid="counting-since">
          {t('historyCountingSince', [new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(dayDate(since))])}
        </p>
      </header>
      <section class="panel month" aria-labelledby="month-heading">
        <h2 id="month-heading">{t('historyChartHeading')}</h2>
        <BarChart
          bars={dayBars(days, today, locale, dateLabel(locale))}
          goal={{ value: settings.dailyGoalMinutes * 60_000, label: t('chartGoal', [goal]) }}
          title={t('historyChartTitle')}
          summary={t('historyChartSummary', [goal])}
          describeBars={false}
          width={1040}
          height={230}
          locale={locale}
        />
      </section>
      <div class="history__columns">
        <HistoryTable
          rows={[...counted].reverse().slice(0, rest ? undefined : FIRST_ROWS)}
          today={today}
          locale={locale}
          sinceStart={counted.length < days.length}
        />
        {/* The first frame is the month itself; the comparisons beside it and the reading below come a frame later. */}
        <div class="history__side">
          {rest && (
            <>
              <WeekComparison {...weekOverWeek(history, today)} locale={locale} />
              {/* Today is not over yet: it would win on prolonged sitting by default. */}
              <BestDay best={bestDay(counted.filter((row) => row.day !== today))} locale={locale} />
              <WeeklyAverages
                weeks={weeklyAverages(lastDays(history, today, WEEKS_SHOWN * 7)).filter((week) => week.to >= since)}
                locale={locale}
              />
            </>
          )}
        </div>
      </div>
      {rest && shown && <Computers shown={shown} today={today} locale={locale} />}
      {rest && <WhyItMatters />}
    </main>
  );
}
