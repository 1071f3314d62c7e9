import { useState } from 'preact/hooks';
import { describeProblem, t } from '../../i18n';
import type { Sharing } from '../../storage/computers';
import { suggestedName } from '../computer-name';
import { ask } from './ask';
import { hintId } from './fields';
import type { SaveNote } from './SaveStatus';

interface Props {
  id: string;
  sharing: Sharing;
  /** Says what the switch did, or why it could not. */
  announce: (note: SaveNote) => void;
}

/**
 * "Count my sitting across my computers", on the welcome page and in options: a switch that applies at
 * once (it asks the background, which alone writes to sync), with the paragraph saying what it shares.
 */
export function ShareToggle({ id, sharing, announce }: Props) {
  // Shows the choice at once, until storage has moved on from the state it was made in.
  const [wanted, setWanted] = useState<{ from: boolean; on: boolean } | null>(null);
  const on = wanted?.from === sharing.on ? wanted.on : sharing.on;
  const change = async (next: boolean) => {
    setWanted({ from: sharing.on, on: next });
    // A computer shared for the first time gets a name the person will recognise; they can change it.
    const name = sharing.name || suggestedName();
    const reply = await ask(next ? { type: 'sharing', on: true, name } : { type: 'sharing', on: false });
    if (reply.ok) announce({ text: next ? t('computersTurnedOn', [name]) : t('computersTurnedOff'), failed: false });
    else {
      setWanted(null);
      announce({ text: reply.errors.map(describeProblem).join(' '), failed: true });
    }
  };
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={on}
        aria-describedby={hintId(id)}
        onChange={(event) => void change(event.currentTarget.checked)}
      />
      <div>
        <label for={id}>{t('computersShare')}</label>
        <p class="field__hint" id={hintId(id)}>
          {t('computersShareExplained')}
        </p>
      </div>
    </div>
  );
}
