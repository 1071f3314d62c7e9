import { describeProblem, t } from '../../i18n';
import type { Problem } from '../../problems';
import { useToldOnce } from './use-told-once';

/**
 * What the background had to repair in its storage, said once: shown in this popup, then marked
 * seen so the next one is quiet. The list stays on screen while this popup is open.
 */
export function RepairsNotice({ repairs, onSeen }: { repairs: Problem[]; onSeen: () => void }) {
  const shown = useToldOnce(repairs.length > 0 ? repairs : null, onSeen);
  if (!shown) return null;
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
