import { useState } from 'preact/hooks';
import { CUSTOM_ID } from '../../core/stretches/routines';
import { t, uiLocale } from '../../i18n';
import { sendRequest } from '../../messages';
import { candidate } from '../options/draft';
import { RoutineChoices } from '../options/RoutinePicker';
import { type OutcomeKeys, type SaveNote, SaveStatus, saveNote } from '../options/SaveStatus';
import { type FieldsProps, focusFirstInvalid, useSettingsForm } from '../options/use-settings-form';
import { useTheme } from '../use-theme';
import { ComputersCard } from './ComputersCard';
import { IntervalChoice } from './IntervalChoice';

const OUTCOME_KEYS: OutcomeKeys = { saved: 'welcomeSaved', unchanged: 'welcomeSaved', invalid: 'fixErrors' };

/** The first page after install: what HipCheck counts, why it nudges, and the two choices that matter most. */
export function Welcome() {
  const form = useSettingsForm();
  const [status, setStatus] = useState<SaveNote | null>(null);
  const [tryStatus, setTryStatus] = useState('');
  useTheme(form.state?.base.theme);

  if (!form.state) return <main class="welcome" aria-busy="true" />;
  const { draft, base } = form.state;
  const locale = uiLocale();
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const minutes = (value: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(value);

  const fields: FieldsProps = {
    draft,
    errors: form.errors,
    update: (key, value) => {
      setStatus(null);
      form.update(key, value);
    },
    touch: form.touch,
  };

  const save = async (): Promise<boolean> => {
    const outcome = await form.save();
    setStatus(saveNote(outcome, OUTCOME_KEYS));
    if (outcome.kind === 'invalid') focusFirstInvalid();
    return outcome.kind !== 'invalid' && outcome.kind !== 'failed';
  };

  // The break you try should be the one you just picked, so pending choices are saved first.
  const tryBreak = async () => {
    setTryStatus('');
    if (!(await save())) return;
    try {
      const reply = await sendRequest({ type: 'break:open' });
      if (reply && !reply.ok) setTryStatus(t('noReply'));
    } catch {
      setTryStatus(t('noReply'));
    }
  };

  return (
    <main class="welcome">
      <header class="welcome__hero">
        <img src="/icon/96.png" alt="" width={64} height={64} />
        <h1>{t('welcomeHeading')}</h1>
        <p class="welcome__lead">{t('welcomeLead')}</p>
      </header>

      <section class="welcome__card" aria-labelledby="how-title">
        <h2 id="how-title">{t('welcomeHowTitle')}</h2>
        <p>{t('welcomeHowActive')}</p>
        <p>{t('welcomeHowLocked', [minutes(base.lockedBreakMinutes)])}</p>
        <p>{t('welcomeHowAway', [minutes(base.naturalBreakMinutes)])}</p>
        <p>{t('welcomeHowPrivate')}</p>
      </section>

      <section class="welcome__card" aria-labelledby="why-title">
        <h2 id="why-title">{t('welcomeWhyTitle')}</h2>
        <p>{t('welcomeWhyBody')}</p>
        <ul class="evidence">
          <li>
            {t('welcomeWhyBouts', [number(8000)])} (<cite>{t('sourceDiaz2017')}</cite>)
          </li>
          <li>
            {t('welcomeWhyMove')} (<cite>{t('sourceDiaz2019')}</cite>)
          </li>
          <li>
            {t('welcomeWhyWalk', [minutes(2), minutes(20)])} (<cite>{t('sourceDunstan2012')}</cite>)
          </li>
          <li>
            {t('welcomeWhyWalkBreak')} (<cite>{t('sourceDuran2023')}</cite>)
          </li>
        </ul>
      </section>

      <form
        class="welcome__card"
        aria-labelledby="choose-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="choose-title">{t('welcomeChooseTitle')}</h2>
        <p>{t('welcomeChooseIntro')}</p>
        <IntervalChoice {...fields} />
        <RoutineChoices
          name="welcome-routine"
          value={draft.routine}
          custom={candidate(draft, 'customRoutine')}
          onChange={(routine) => fields.update('routine', routine)}
        />
        {draft.routine === CUSTOM_ID && (
          <p class="preview__note">
            {t('welcomeCustomNote')} <a href="/options.html#routine">{t('welcomeCustomLink')}</a>
          </p>
        )}
        <div class="savebar savebar--plain">
          <button type="submit">{t('welcomeSave')}</button>
          <SaveStatus note={status} />
        </div>
      </form>

      <ComputersCard />

      <section class="welcome__card welcome__try" aria-labelledby="try-title">
        <h2 id="try-title">{t('welcomeTryTitle')}</h2>
        <p>{t('welcomeTryText')}</p>
        <div class="actions">
          <button type="button" onClick={() => void tryBreak()}>
            {t('welcomeTry')}
          </button>
          <a href="/options.html">{t('welcomeOptionsLink')}</a>
        </div>
        <p role="status" aria-live="polite" class="savebar__status">
          {tryStatus}
        </p>
      </section>
    </main>
  );
}
