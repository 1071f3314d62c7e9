import { useEffect, useState } from 'preact/hooks';
import { describeProblem, t } from '../../i18n';
import type { Problem } from '../../problems';

/**
 * What the background had to repair in its storage, said once: shown in this popup, then marked
 * seen so the next one is quiet. The list stays on screen while this popup is open.
 */
export function RepairsNotice({ repairs, onSeen }: { repairs: Problem[]; onSeen: () => void }) {
  const [shown, setShown] = useState<Problem[]>([]);
  useEffect(() => {
    if (repairs.length === 0 || shown.length > 0) return;
    setShown(repairs);
    onSeen();
  }, [repairs]);
  if (shown.length === 0) return null;
  return (
    <section class="popup__notice" role="status" aria-labelledby="repairs-title">
      <h2 id="repairs-title">{t('repairsTitle')}</h2>
      <ul>
        {shown.map((problem) => (
          <li key={problem.key}>{describeProblem(problem)}</li>
        ))}
      </ul>
    </section>
  );
}
