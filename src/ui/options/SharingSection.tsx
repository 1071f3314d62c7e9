import { useState } from 'preact/hooks';
import { type Computer, isInactive, MAX_NAME } from '../../core/shared-days';
import { describeProblem, t, uiLocale } from '../../i18n';
import type { Sharing } from '../../storage/computers';
import { suggestedName } from '../computer-name';
import { ask } from './ask';
import { hintId, Section } from './fields';
import { type SaveNote, SaveStatus } from './SaveStatus';
import { ShareToggle } from './ShareToggle';
import { useSharing } from './use-sharing';

const when = (at: number) => new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);

/** Sitting counted across the person's computers: the switch, this computer's name, whether sharing works, and the computers. */
export function SharingSection() {
  const state = useSharing();
  const [note, setNote] = useState<SaveNote | null>(null);
  return (
    <Section id="computers" title={t('computersTitle')} intro={t('computersIntro')}>
      {state && (
        <>
          <ShareToggle id="share-sitting" sharing={state.sharing} announce={setNote} />
          {state.sharing.on && <NameField sharing={state.sharing} announce={setNote} />}
          <div class="savebar savebar--plain">
            <SaveStatus note={note} />
          </div>
          {state.sharing.on && <SyncState sharing={state.sharing} sharedAt={state.sharedAt} />}
          {state.sharing.on && <ComputerList sharing={state.sharing} others={state.others} announce={setNote} />}
        </>
      )}
    </Section>
  );
}

function NameField({ sharing, announce }: { sharing: Sharing; announce: (note: SaveNote) => void }) {
  // An edit belongs to the name it was made to: once another name is stored, the field shows that one.
  const [edit, setEdit] = useState<{ of: string; value: string } | null>(null);
  const draft = edit?.of === sharing.name ? edit.value : sharing.name;
  const save = async (event: Event) => {
    event.preventDefault();
    const name = draft.trim() || suggestedName();
    setEdit({ of: sharing.name, value: name });
    const reply = await ask({ type: 'sharing', name });
    announce(
      reply.ok
        ? { text: t('computersNameSaved', [name]), failed: false }
        : { text: reply.errors.map(describeProblem).join(' '), failed: true },
    );
  };
  return (
    <form class="field computer-name" onSubmit={(event) => void save(event)}>
      <label for="computer-name">{t('computersName')}</label>
      <div class="field__control">
        <input
          id="computer-name"
          type="text"
          maxLength={MAX_NAME}
          value={draft}
          aria-describedby={hintId('computer-name')}
          onInput={(event) => setEdit({ of: sharing.name, value: event.currentTarget.value })}
        />
        <button type="submit" class="secondary">
          {t('computersNameSave')}
        </button>
      </div>
      <p class="field__hint" id={hintId('computer-name')}>
        {t('computersNameHint')}
      </p>
    </form>
  );
}

/** Whether the last write to sync worked: a refused one (a full quota) is said until one works again. */
function SyncState({ sharing, sharedAt }: { sharing: Sharing; sharedAt: number | null }) {
  return (
    <div role="status" class="sync-state">
      {sharing.failedAt !== null ? (
        <p class="field__error" data-testid="sharing-failed">
          {t('computersFailed', [when(sharing.failedAt), sharing.failure])}
        </p>
      ) : (
        sharedAt !== null && <p class="field__hint">{t('computersSharedAt', [when(sharedAt)])}</p>
      )}
    </div>
  );
}

function ComputerList({ sharing, others, announce }: { sharing: Sharing; others: Computer[]; announce: (note: SaveNote) => void }) {
  const now = Date.now();
  const forget = async (computer: Computer) => {
    const reply = await ask({ type: 'computer:forget', id: computer.id });
    announce(
      reply.ok
        ? { text: t('computersRemoved', [computer.name]), failed: false }
        : { text: reply.errors.map(describeProblem).join(' '), failed: true },
    );
  };
  return (
    <table class="computers" data-testid="computers">
      <caption>{t('computersListCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('computersColName')}</th>
          <th scope="col">{t('computersColSeen')}</th>
          <td />
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{sharing.name}</th>
          <td>{t('computersThisOne')}</td>
          <td />
        </tr>
        {others.map((computer) => {
          const inactive = isInactive(computer, now);
          return (
            <tr key={computer.id} class={inactive ? 'is-inactive' : undefined}>
              <th scope="row">{computer.name || t('computersUnnamed')}</th>
              <td>{inactive ? t('computersInactive', [when(computer.seen)]) : when(computer.seen)}</td>
              <td>
                {inactive && (
                  <button
                    type="button"
                    class="secondary small"
                    aria-label={t('computersRemoveNamed', [computer.name || t('computersUnnamed')])}
                    onClick={() => void forget(computer)}
                  >
                    {t('computersRemove')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
