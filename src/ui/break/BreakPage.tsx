import { useEffect, useRef, useState } from 'preact/hooks';
import { MOVES } from '../../core/stretches/moves';
import { chosenRoutine } from '../../core/stretches/suggest';
import { uiLocale } from '../../i18n';
import { sendRequest } from '../../messages';
import { readSnapshot } from '../../storage/parse';
import { useSnapshot } from '../use-snapshot';
import { useTheme } from '../use-theme';
import { type BreakResult, BreakSession } from './BreakSession';
import { FinishScreen } from './FinishScreen';

const MOVE_MAP = new Map(MOVES.map((move) => [move.id, move]));

/** The break tab: runs the chosen routine, then tells the background how it went. */
export function BreakPage() {
  const snapshot = useSnapshot(readSnapshot);
  useTheme(snapshot?.settings.theme);
  const [routine, setRoutine] = useState<ReturnType<typeof chosenRoutine> | null>(null);
  const [result, setResult] = useState<BreakResult | null>(null);
  const reported = useRef(false);
  const locale = uiLocale();

  // The routine is fixed when the page opens; later storage changes must not swap it mid-break.
  useEffect(() => {
    if (snapshot && !routine) setRoutine(chosenRoutine(snapshot.settings, snapshot.nudges.rotation));
  }, [snapshot, routine]);

  const report = (outcome: BreakResult) => {
    if (reported.current) return;
    reported.current = true;
    void sendRequest({ type: 'break:done', startedAt: outcome.startedAt, completed: outcome.completed });
  };

  if (!snapshot || !routine) return <main class="break" aria-busy="true" />;
  return (
    <main class="break">
      {result ? (
        <FinishScreen completed={result.completed} snapshot={snapshot} locale={locale} />
      ) : (
        <BreakSession
          routine={routine}
          moves={MOVE_MAP}
          cues={{ chime: snapshot.settings.chime, voice: snapshot.settings.voice }}
          lang={locale}
          onEnd={(outcome) => {
            report(outcome);
            setResult(outcome);
          }}
        />
      )}
    </main>
  );
}
