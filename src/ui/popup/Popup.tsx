import { useErrorBoundary } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { todayView } from '../../core/today';
import { t, uiLocale } from '../../i18n';
import { sendRequest } from '../../messages';
import { readStored } from '../../storage/items';
import { formatDuration } from '../format';
import { useNow, useSnapshot } from '../use-snapshot';
import { useTheme } from '../use-theme';

/** Storage the background has not repaired yet must not blank the popup: say so and ask it to. */
export function Popup() {
  const [error] = useErrorBoundary(() => void sendRequest({ type: 'repair' }));
  if (error)
    return (
      <main class="popup">
        <p role="alert">{t('popupDataProblem')}</p>
      </main>
    );
  return <PopupView />;
}

function PopupView() {
  const snapshot = useSnapshot(readStored);
  useTheme(snapshot?.settings.theme);
  const now = useNow(15_000);
  const locale = uiLocale();
  if (!snapshot) return <main class="popup" aria-busy="true" />;
  const view = todayView(snapshot.tracked, now, snapshot.settings);
  const boutText = view.away ? t('away') : view.bout ? formatDuration(view.bout.sittingMs, locale) : t('notStarted');
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <dl class="stats" data-testid="stats">
        <div class="stat stat--main">
          <dt>{t('todaySitting')}</dt>
          <dd data-testid="today-total">{formatDuration(view.day.sittingMs, locale)}</dd>
        </div>
        <div class="stat">
          <dt>{t('currentBout')}</dt>
          <dd data-testid="current-bout">{boutText}</dd>
        </div>
        <div class="stat">
          <dt>{t('boutsToday')}</dt>
          <dd>{view.day.bouts}</dd>
        </div>
        <div class="stat">
          <dt>{t('longestBout')}</dt>
          <dd>{formatDuration(view.day.longestBoutMs, locale)}</dd>
        </div>
        <div class="stat">
          <dt>{t('naturalBreaks')}</dt>
          <dd>{view.day.naturalBreaks}</dd>
        </div>
      </dl>
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </main>
  );
}
