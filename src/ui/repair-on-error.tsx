import type { ComponentChildren } from 'preact';
import { useEffect, useErrorBoundary } from 'preact/hooks';
import { t } from '../i18n';
import { sendRequest } from '../messages';
import { watchLight } from '../storage/light-read';

/**
 * For the pages that render from the light read (storage/light-read.ts): storage the background has
 * not repaired yet must not blank the page. Say so, ask for the repair, and render again as soon as
 * the background has written what it repaired.
 */
export function RepairOnError({ page, children }: { page: string; children: ComponentChildren }) {
  const [error, retry] = useErrorBoundary(() => void sendRequest({ type: 'repair' }).catch(() => undefined));
  useEffect(() => {
    if (!error) return;
    return watchLight(() => retry());
  }, [error]);
  if (error)
    return (
      <main class={page}>
        <p role="alert">{t('pageDataProblem')}</p>
      </main>
    );
  return <>{children}</>;
}
