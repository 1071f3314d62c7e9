import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { type SaveNote, SaveStatus } from '../options/SaveStatus';
import { ShareToggle } from '../options/ShareToggle';
import { useSharing } from '../options/use-sharing';

/** Several computers? The same switch as in options, off until the person turns it on. */
export function ComputersCard() {
  const state = useSharing();
  const [note, setNote] = useState<SaveNote | null>(null);
  return (
    <section class="welcome__card" aria-labelledby="computers-title">
      <h2 id="computers-title">{t('welcomeComputersTitle')}</h2>
      {state && <ShareToggle id="welcome-share" sharing={state.sharing} announce={setNote} />}
      <SaveStatus note={note} />
    </section>
  );
}
