import { useEffect, useRef, useState } from 'preact/hooks';
import { isCompleted, type Phase, pausePlayer, phasesOf, positionAt, resumePlayer, startPlayer, stepBy } from '../../core/player';
import { type Move, messageKeys, type Routine } from '../../core/stretches/types';
import { t } from '../../i18n';
import { useNow } from '../use-snapshot';
import { Countdown } from './Countdown';
import { chime, speak } from './cues';
import { doseLabel } from './dose';

export interface BreakResult {
  startedAt: number;
  completed: boolean;
}

interface Props {
  routine: Routine;
  moves: ReadonlyMap<string, Move>;
  cues: { chime: boolean; voice: boolean };
  lang: string;
  onEnd: (result: BreakResult) => void;
}

function phaseTitle(move: Move, phase: Phase): string {
  const name = t(messageKeys.moveName(move.id));
  return phase.side ? `${name} · ${t(phase.side === 'left' ? 'sideLeft' : 'sideRight')}` : name;
}

/** Leads the person through the routine; starts at once, because they already chose to stretch. */
export function BreakSession({ routine, moves, cues, lang, onEnd }: Props) {
  const [phases] = useState(() => phasesOf(routine, moves));
  const [player, setPlayer] = useState(() => startPlayer(Date.now()));
  const [ended, setEnded] = useState(false);
  const now = useNow(250);
  const position = positionAt(player, phases, now);
  const phase = phases[position.index];
  const move = phase && moves.get(phase.moveId);
  const lastAnnounced = useRef(-1);

  const end = () => {
    if (ended) return;
    setEnded(true);
    onEnd({ startedAt: player.startedAt, completed: isCompleted(player, phases, Date.now()) });
  };

  useEffect(() => {
    if (position.done) end();
  });

  const switchingSides = phase?.side === 'right' && phases[position.index - 1]?.moveId === phase.moveId;
  useEffect(() => {
    if (!phase || !move || lastAnnounced.current === position.index) return;
    const first = lastAnnounced.current === -1;
    lastAnnounced.current = position.index;
    if (cues.chime && !first) chime();
    if (cues.voice) speak(switchingSides ? t('switchSides') : phaseTitle(move, phase), lang);
  }, [position.index]);

  const paused = player.pausedAt !== null;
  const togglePause = () => setPlayer((p) => (p.pausedAt === null ? pausePlayer(p, Date.now()) : resumePlayer(p, Date.now())));
  const step = (delta: number) => setPlayer((p) => stepBy(p, phases, delta, Date.now()));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const onButton = event.target instanceof HTMLButtonElement;
      if (event.key === ' ' && !onButton) togglePause();
      else if (event.key === 'ArrowRight') step(1);
      else if (event.key === 'ArrowLeft') step(-1);
      else if (event.key === 'Escape') end();
      else return;
      event.preventDefault();
    };
    // Closing the tab mid-routine still reports what was done.
    const onHide = () => end();
    document.addEventListener('keydown', onKey);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('pagehide', onHide);
    };
  });

  if (!phase || !move) return null;
  const instructions = Array.from({ length: move.steps }, (_, i) => t(messageKeys.moveStep(move.id, i + 1)));
  const title = phaseTitle(move, phase);
  const stepText = t('stepOf', [position.index + 1, phases.length]);

  return (
    <section class="session" aria-labelledby="move-name">
      <p class="session__progress">{stepText}</p>
      <p class="visually-hidden" aria-live="polite">
        {`${stepText}: ${title}`}
      </p>
      <div class="session__body">
        {/* The drawings show the left side; the right side is its mirror image. */}
        <img
          class={phase.side === 'right' ? 'session__art session__art--mirrored' : 'session__art'}
          src={`/moves/${move.id}.svg`}
          alt=""
          width={300}
          height={240}
        />
        <div class="session__text">
          <h1 id="move-name" data-testid="move-name">
            {title}
          </h1>
          {/* Always laid out, shown only at the switch: the text under it must not jump when it appears. */}
          <p class="session__switch" data-testid="switch-sides" hidden={!switchingSides}>
            {t('switchSides')}
          </p>
          <p class="session__dose">{doseLabel(routine.steps.find((s) => s.moveId === move.id)?.dose ?? move.dose)}</p>
          <ol class="session__steps">
            {instructions.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <p class="session__cue">{t(messageKeys.moveCue(move.id))}</p>
          {move.caution && <p class="session__caution">{t(messageKeys.caution(move.caution))}</p>}
        </div>
        <Countdown
          remainingMs={position.remainingMs}
          totalMs={phase.ms}
          label={t('secondsLeft', [Math.ceil(position.remainingMs / 1000)])}
        />
      </div>
      <div class="session__controls">
        <button type="button" class="secondary" onClick={() => step(-1)} disabled={position.index === 0}>
          {t('previous')}
        </button>
        <button type="button" onClick={togglePause} aria-pressed={paused}>
          {/* Both words take the same cell, so the button is as wide as the longer one in either state. */}
          <span class="swap">
            <span hidden={paused}>{t('pause')}</span>
            <span hidden={!paused}>{t('resume')}</span>
          </span>
        </button>
        <button type="button" class="secondary" onClick={() => step(1)}>
          {t('next')}
        </button>
        <button type="button" class="secondary" onClick={end}>
          {t('finishEarly')}
        </button>
      </div>
      <p class="session__keys">{t('keyboardHint')}</p>
    </section>
  );
}
