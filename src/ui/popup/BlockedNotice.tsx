import { t } from '../../i18n';

/**
 * Said for as long as it holds, unlike the repairs: while the browser or the system blocks
 * HipCheck's notifications, nudges come as the break page, and the person should know why and
 * how to have them back.
 */
export function BlockedNotice() {
  return (
    <section class="popup__notice" role="status" aria-labelledby="blocked-title">
      <h2 id="blocked-title">{t('notificationsBlockedTitle')}</h2>
      <p>{t('notificationsBlockedHint')}</p>
    </section>
  );
}
