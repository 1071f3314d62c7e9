import { useEffect, useState } from 'preact/hooks';
import { NUMBER_SETTING_KEYS, NUMBER_SETTINGS, type NumberSettingKey, type Settings } from '../../core/settings';
import { t } from '../../i18n';
import { settingsItem } from '../../storage/items';
import { loadSettings } from '../../storage/parse';
import { numberSettingSchemas } from '../../storage/schema';

type Draft = Record<NumberSettingKey, string>;
type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'invalid' };

const toDraft = (settings: Settings): Draft => Object.fromEntries(NUMBER_SETTING_KEYS.map((key) => [key, String(settings[key])])) as Draft;

function validate(draft: Draft, base: Settings): { settings: Settings; errors: Partial<Record<NumberSettingKey, string>> } {
  const settings = { ...base };
  const errors: Partial<Record<NumberSettingKey, string>> = {};
  for (const key of NUMBER_SETTING_KEYS) {
    const text = draft[key].trim();
    const parsed = numberSettingSchemas[key].safeParse(text === '' ? Number.NaN : Number(text));
    if (parsed.success) settings[key] = parsed.data;
    else errors[key] = t('rangeError', [NUMBER_SETTINGS[key].min, NUMBER_SETTINGS[key].max]);
  }
  return { settings, errors };
}

/** The settings form; the full options page comes later. An invalid value is never saved. */
export function Options() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<NumberSettingKey, string>>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    void loadSettings().then(({ value }) => setDraft(toDraft(value)));
  }, []);

  if (!draft) return <main aria-busy="true" />;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const current = await loadSettings();
    const result = validate(draft, current.value);
    setErrors(result.errors);
    if (Object.keys(result.errors).length > 0) {
      setStatus({ kind: 'invalid' });
      return;
    }
    const changed = NUMBER_SETTING_KEYS.some((key) => current.value[key] !== result.settings[key]);
    // Sync storage limits writes per minute: write only real changes.
    if (changed || current.problems.length) await settingsItem.setValue(result.settings);
    setStatus({ kind: 'saved' });
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={onSubmit} noValidate>
        {NUMBER_SETTING_KEYS.map((key) => {
          const { min, max } = NUMBER_SETTINGS[key];
          const error = errors[key];
          return (
            <div class="field" key={key}>
              <label for={key}>{t(key)}</label>
              <input
                id={key}
                name={key}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                value={draft[key]}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={`${key}-hint${error ? ` ${key}-error` : ''}`}
                onInput={(event) => setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement).value })}
              />
              <small id={`${key}-hint`}>{t('rangeHint', [min, max])}</small>
              {error && (
                <p class="error" id={`${key}-error`}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <button type="submit">{t('save')}</button>
        <p role="status" aria-live="polite">
          {status.kind === 'saved' ? t('saved') : status.kind === 'invalid' ? t('fixErrors') : ''}
        </p>
      </form>
    </main>
  );
}
