import { t } from '../../i18n';
import type { SaveOutcome } from './use-settings-form';

export type OutcomeKeys = Record<Exclude<SaveOutcome['kind'], 'failed'>, string>;

/** What a save did, said the way the page words it; a failed write keeps its reasons. */
export interface SaveNote {
  text: string;
  failed: boolean;
}

export function saveNote(outcome: SaveOutcome, keys: OutcomeKeys): SaveNote {
  if (outcome.kind === 'failed') return { text: outcome.reasons.join(' '), failed: true };
  return { text: t(keys[outcome.kind]), failed: false };
}

/** Success is announced politely; a failed save interrupts, because the person believes their change is stored. */
export function SaveStatus({ note }: { note: SaveNote | null }) {
  return (
    <>
      <p class="savebar__status" role="status" aria-live="polite">
        {note && !note.failed ? note.text : ''}
      </p>
      {note?.failed && (
        <p class="savebar__status field__error" role="alert">
          {note.text}
        </p>
      )}
    </>
  );
}
