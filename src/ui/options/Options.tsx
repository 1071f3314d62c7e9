import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { LoadedSettings } from '../../storage/parse';
import { useFirstFramePainted, useScrollToFragment } from '../use-first-frame';
import type { Early } from '../use-snapshot';
import { useTheme } from '../use-theme';
import { AppearanceSection } from './AppearanceSection';
import { BreaksSection } from './BreaksSection';
import { DataSection } from './DataSection';
import { NudgeSection } from './NudgeSection';
import { RoutineSection } from './RoutineSection';
import { type OutcomeKeys, type SaveNote, SaveStatus, saveNote } from './SaveStatus';
import { SharingSection } from './SharingSection';
import { StandingSection } from './StandingSection';
import { type FieldsProps, focusFirstInvalid, useSettingsForm } from './use-settings-form';
import { WhenSection } from './WhenSection';

const SECTIONS = [
  ['breaks', 'breaksTitle'],
  ['nudge', 'nudgeSectionTitle'],
  ['standing', 'standingTitle'],
  ['when', 'whenTitle'],
  ['routine', 'routineTitle'],
  ['appearance', 'appearanceTitle'],
  ['computers', 'computersTitle'],
  ['data', 'dataTitle'],
] as const;

const OUTCOME_KEYS: OutcomeKeys = { saved: 'saved', unchanged: 'nothingChanged', invalid: 'fixErrors' };

/** Leaving with unsaved edits asks first; the browser words the question itself. */
function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}

/** `initial`: the settings read started as the page's module ran (see entrypoints/options/main.tsx). */
export function Options({ initial }: { initial?: Early<LoadedSettings> | undefined }) {
  const form = useSettingsForm(initial);
  const [status, setStatus] = useState<SaveNote | null>(null);
  const rest = useFirstFramePainted();
  useScrollToFragment(rest);
  // The theme choice previews at once; it is stored with the rest on Save.
  useTheme(form.state?.draft.theme);
  useLeaveWarning(form.dirty);

  if (!form.state) return <main class="page" aria-busy="true" />;

  const fields: FieldsProps = {
    draft: form.state.draft,
    errors: form.errors,
    update: (key, value) => {
      setStatus(null);
      form.update(key, value);
    },
    touch: form.touch,
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const outcome = await form.save();
    setStatus(saveNote(outcome, OUTCOME_KEYS));
    if (outcome.kind === 'invalid') focusFirstInvalid();
  };

  return (
    <div class="page">
      <header class="page__header">
        <img src="/icon/48.png" alt="" width={40} height={40} />
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="page__lead">{t('optionsLead')}</p>
        </div>
      </header>
      <div class="page__body">
        <nav class="toc" aria-label={t('tocLabel')}>
          <ul>
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(title)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="page__main">
          <form onSubmit={onSubmit} noValidate aria-label={t('settingsFormLabel')}>
            <BreaksSection {...fields} />
            {/* The rest of the form: the routine's pictures and working hours are most of its work. */}
            {rest && (
              <>
                <NudgeSection {...fields} />
                <StandingSection {...fields} />
                <WhenSection {...fields} />
                <RoutineSection {...fields} />
                <AppearanceSection {...fields} />
              </>
            )}
            <div class="savebar">
              <button type="submit">{t('save')}</button>
              {form.dirty && (
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    form.discard();
                    setStatus({ text: t('discarded'), failed: false });
                  }}
                >
                  {t('discard')}
                </button>
              )}
              <SaveStatus note={status} />
              {form.dirty && (!status || status.failed) && <p class="savebar__dirty">{t('unsaved')}</p>}
            </div>
          </form>
          {rest && (
            <>
              <SharingSection />
              <DataSection />
            </>
          )}
        </main>
      </div>
    </div>
  );
}
