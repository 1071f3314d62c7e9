import { useEffect, useState } from 'preact/hooks';
import { WATCHED_ORIGINS } from '../../call-sites';
import { CALL_SITES } from '../../core/calls';
import { describeProblem, t, uiLocale } from '../../i18n';
import { browser } from '../../native-browser';
import { describedBy, hintId } from './fields';
import { sendSettings } from './use-settings-form';

const ID = 'holdDuringCalls';
const NOTE_ID = `${ID}-note`;

/** Whether HipCheck may see every call site's tabs: null until the browser has said. */
function useCallAccess() {
  const [access, setAccess] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    browser.permissions.contains({ origins: WATCHED_ORIGINS }).then(
      (has) => live && setAccess(has),
      () => live && setAccess(false),
    );
    return () => {
      live = false;
    };
  }, []);
  return [access, setAccess] as const;
}

/**
 * "Hold nudges while a video call is open". Saved the moment it changes, not with the form's Save:
 * turning it on asks the browser for access to the call sites, and it is on only once that is granted.
 * Stored as on without that access (taken back in the browser's settings, or synced from a computer
 * that has it), it shows as off, which is what the background does with it.
 */
export function CallHold({ stored }: { stored: boolean }) {
  const [access, setAccess] = useCallAccess();
  /** What the person just chose, shown until the stored setting catches up or the change fails. */
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => setChosen(null), [stored]);
  const on = chosen ?? (stored && access !== false);

  const save = async (value: boolean) => {
    const reply = await sendSettings({ holdDuringCalls: value });
    if (!reply.ok) {
      setChosen(null);
      setNote(reply.errors.map(describeProblem).join(' '));
    }
    return reply.ok;
  };

  const turnOn = () => {
    // First thing in the click handler: browsers show the permission prompt only while handling the person's action.
    const asked = browser.permissions.request({ origins: WATCHED_ORIGINS }).catch(() => false);
    setChosen(true);
    void asked.then(async (granted) => {
      setAccess(granted);
      if (granted) return void (await save(true));
      setChosen(null);
      setNote(t('holdDuringCallsRefused'));
    });
  };

  const turnOff = async () => {
    setChosen(false);
    // Access goes only once the setting is off: the other way round, the background would turn it off too.
    if (await save(false)) {
      await browser.permissions.remove({ origins: WATCHED_ORIGINS }).catch(() => false);
      setAccess(false);
    }
  };

  const sites = new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(CALL_SITES.map((site) => site.name));
  return (
    <div class="check">
      <input
        id={ID}
        name={ID}
        type="checkbox"
        checked={on}
        aria-describedby={describedBy(hintId(ID), note && NOTE_ID)}
        onClick={(event) => {
          setNote('');
          if (event.currentTarget.checked) turnOn();
          else void turnOff();
        }}
      />
      <div>
        <label for={ID}>{t('holdDuringCalls')}</label>
        <p class="field__hint" id={hintId(ID)}>
          {t('holdDuringCallsHint', [sites])}
        </p>
        <p class="field__error" id={NOTE_ID} role="status">
          {note}
        </p>
      </div>
    </div>
  );
}
