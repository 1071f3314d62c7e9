import { dayKey } from '../../core/days';
import { todayView } from '../../core/today';
import { t, uiLocale } from '../../i18n';
import { type Request, sendRequest } from '../../messages';
import { browser } from '../../native-browser';
import { readStored } from '../../storage/light-read';
import { RepairOnError } from '../repair-on-error';
import { useFirstFramePainted } from '../use-first-frame';
import { type EarlySnapshot, useNow, useSnapshot } from '../use-snapshot';
import { useTheme } from '../use-theme';
import { BlockedNotice } from './BlockedNotice';
import { PostureCard } from './PostureCard';
import { QuickActions } from './QuickActions';
import { RepairsNotice } from './RepairsNotice';
import { SuggestionCard } from './SuggestionCard';
import { sharedWeek } from './shared-week';
import { popupStatus } from './status';
import { TodayBreaks } from './TodayBreaks';
import { TodayCard } from './TodayCard';
import { WeekChart } from './WeekChart';

export function Popup({ initial }: { initial?: EarlySnapshot | undefined }) {
  return (
    <RepairOnError page="popup">
      <PopupView initial={initial} />
    </RepairOnError>
  );
}

const send = (request: Request) => void sendRequest(request);

function openPage(event: MouseEvent, open: () => Promise<unknown>) {
  // Extension pages open as tabs; a plain link would load inside the popup.
  event.preventDefault();
  void open();
}

function PopupView({ initial }: { initial?: EarlySnapshot | undefined }) {
  const snapshot = useSnapshot(readStored, initial);
  useTheme(snapshot?.settings.theme);
  // Four times a minute: the bout and the countdown move on within seconds of a minute turning.
  const now = useNow(15_000);
  // The number a person opens the popup for paints alone, a frame ahead of the cards below it: painting
  // the whole popup at once put "Sitting today" on screen about 20 ms later (README, Performance).
  const rest = useFirstFramePainted();
  if (!snapshot) return <main class="popup" aria-busy="true" />;

  const locale = uiLocale();
  const { settings, tracked, nudges } = snapshot;
  const live = todayView(tracked, now, settings);
  const status = popupStatus(snapshot, live, now);
  // Shared across computers, the totals and the week are everyone's; the bout and nudges stay this computer's.
  const shared = sharedWeek(snapshot, now);
  const view = shared ? { ...live, day: { ...live.day, sittingMs: shared.all } } : live;
  return (
    <main class="popup" data-stats-ready="">
      <header class="popup__header">
        <h1>{t('popupTitle')}</h1>
        <nav class="popup__links" aria-label={t('popupLinks')}>
          <a
            href="/history.html"
            onClick={(event) => openPage(event, () => browser.tabs.create({ url: browser.runtime.getURL('/history.html') }))}
          >
            {t('popupOpenHistory')}
          </a>
          <a href="/options.html" onClick={(event) => openPage(event, () => browser.runtime.openOptionsPage())}>
            {t('openOptions')}
          </a>
        </nav>
      </header>
      <RepairsNotice repairs={snapshot.repairs} onSeen={() => send({ type: 'repairs:seen' })} />
      {settings.nudgeStyle === 'notification' && nudges.notificationsBlocked && <BlockedNotice />}
      <TodayCard
        view={view}
        mine={shared?.mine}
        away={tracked.engine.presence.kind === 'away'}
        status={status}
        now={now}
        locale={locale}
        settings={settings}
      />
      {rest && (
        <>
          <PostureCard
            standing={view.standing}
            day={view.day}
            ended={tracked.engine.standingEnded ?? null}
            now={now}
            locale={locale}
            send={send}
          />
          <SuggestionCard settings={settings} rotation={nudges.rotation} locale={locale} onStart={() => send({ type: 'break:open' })}>
            <QuickActions status={status} snoozeMinutes={settings.snoozeMinutes} locale={locale} send={send} />
          </SuggestionCard>
          <TodayBreaks day={view.day} locale={locale} />
          <WeekChart
            history={shared?.history ?? tracked.history}
            today={view.day}
            todayKey={dayKey(now)}
            goalMinutes={settings.dailyGoalMinutes}
            locale={locale}
          />
        </>
      )}
    </main>
  );
}
