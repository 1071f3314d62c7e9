import { useEffect, useRef, useState } from 'preact/hooks';
import { MOVES } from '../../core/stretches/moves';
import { chosenRoutine } from '../../core/stretches/suggest';
import { t, uiLocale } from '../../i18n';
import { sendRequest } from '../../messages';
import { readSnapshot } from '../../storage/parse';
import { useSnapshot } from '../use-snapshot';
import { useTheme } from '../use-theme';
import { type BreakResult, BreakSession } from './BreakSession';
import { FinishScreen } from './FinishScreen';
import { MeetingHold } from './MeetingHold';

const MOVE_MAP = new Map(MOVES.map((move) => [move.id, move]));

/** The break tab: runs the chosen routine, then tells the background how it went. */
export function BreakPage() {
  const snapshot = useSnapshot(readSnapshot);
  useTheme(snapshot?.settings.theme);
  const [routine, setRoutine] = useState<ReturnType<typeof chosenRoutine> | null>(null);
  const [result, setResult] = useState<BreakResult | null>(null);
  // Offered only when a nudge brought the tab up: someone who started the break themselves is not in a meeting.
  const [offerMeeting, setOfferMeeting] = useState(false);
  const [meeting, setMeeting] = useState(false);
  const reported = useRef(false);
  const locale = uiLocale();

  // The routine is fixed when the page opens; later storage changes must not swap it mid-break.
  useEffect(() => {
    if (!snapshot || routine) return;
    setRoutine(chosenRoutine(snapshot.settings, snapshot.nudges.rotation));
    setOfferMeeting(snapshot.nudges.shown > 0);
  }, [snapshot, routine]);

  const report = (outcome: BreakResult) => {
    if (reported.current) return;
    reported.current = true;
    void sendRequest({ type: 'break:done', startedAt: outcome.startedAt, completed: outcome.completed });
  };

  const holdForMeeting = () => {
    // The routine unmounts unreported (the break did not happen); the reminder comes back after the meeting.
    setMeeting(true);
    const undo = () => setMeeting(false);
    void sendRequest({ type: 'meeting', held: true }).then((reply) => (reply.ok ? window.close() : undo()), undo);
  };

  if (!snapshot || !routine) return <main class="break" aria-busy="true" />;
  if (meeting) {
    return (
      <main class="break">
        <MeetingHold until={snapshot.nudges.meetingUntil} now={Date.now()} locale={locale} />
      </main>
    );
  }
  return (
    <main class="break">
      {offerMeeting && !result && (
        <p class="break__meeting">
          <button type="button" class="secondary" onClick={holdForMeeting}>
            {t('popupMeeting')}
          </button>
        </p>
      )}
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
