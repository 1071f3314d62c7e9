import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { t, uiLocale } from '../../i18n';
import { type HoursDraft, newId, type RangeDraft, timeText } from './draft';
import { describedBy, errorId, FieldError, hintId, RadioGroup } from './fields';
import type { FieldsProps } from './use-settings-form';

const MONDAY = 1;
const FRIDAY = 5;

/** Weekday indexes (Date.getDay()) in the order the reader's calendar starts its week. */
function weekOrder(locale: string): number[] {
  let firstDay = MONDAY;
  try {
    const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    firstDay = (intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo)?.firstDay ?? MONDAY;
  } catch {
    // Engines without week data fall back to Monday, the ISO start of the week.
  }
  return Array.from({ length: 7 }, (_, i) => (firstDay + i) % 7);
}

export function weekdayName(day: number, locale = uiLocale()): string {
  // 7 January 2024 was a Sunday, so day n of that week has Date.getDay() === n.
  return new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(new Date(2024, 0, 7 + day));
}

/** Focus moves with the rows: to the new range's first input, or back to the day's add button. */
function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

const toMinutes = (text: string) => {
  const [h, m] = text.split(':').map(Number);
  return (h ?? Number.NaN) * 60 + (m ?? Number.NaN);
};

/** A new range starts where the day's last one ends, for an hour; or nine to five on an empty day. */
function nextRange(ranges: RangeDraft[]): RangeDraft {
  const last = ranges.at(-1);
  if (!last) return { id: newId('r'), start: '09:00', end: '17:00' };
  const from = last.end === '00:00' ? 1440 : toMinutes(last.end);
  if (!Number.isFinite(from) || from >= 1440) return { id: newId('r'), start: '', end: '' };
  return { id: newId('r'), start: timeText(from), end: timeText(Math.min(from + 60, 1440)) };
}

function DayRanges({
  day,
  hours,
  errors,
  set,
  touch,
}: {
  day: number;
  hours: HoursDraft;
  errors: Record<string, string>;
  set: SetHours;
  touch: () => void;
}) {
  const name = weekdayName(day);
  const ranges = hours.days[day] ?? [];
  const dayErrorId = `day-${day}`;
  const setRanges = (fn: (ranges: RangeDraft[]) => RangeDraft[]) =>
    set((current) => ({ ...current, days: current.days.map((list, i) => (i === day ? fn(list) : list)) }));
  const edit = (id: string, field: 'start' | 'end', value: string) =>
    setRanges((list) => list.map((range) => (range.id === id ? { ...range, [field]: value } : range)));

  return (
    <fieldset class="day" aria-describedby={errors[dayErrorId] ? errorId(dayErrorId) : undefined}>
      <legend>{name}</legend>
      <div class="day__ranges">
        {ranges.length === 0 && <p class="day__off">{t('dayOff')}</p>}
        {ranges.map((range) => {
          const rangeError = `range-${range.id}`;
          const message = errors[rangeError];
          const described = describedBy(hintId('hours'), message && errorId(rangeError));
          return (
            <div class="range" key={range.id}>
              <div class="range__times">
                {(['start', 'end'] as const).map((edge) => (
                  <Fragment key={edge}>
                    <label for={`${range.id}-${edge}`}>{t(edge === 'start' ? 'rangeFrom' : 'rangeTo')}</label>
                    <input
                      id={`${range.id}-${edge}`}
                      type="time"
                      value={range[edge]}
                      aria-invalid={message ? 'true' : undefined}
                      aria-describedby={described}
                      onInput={(event) => edit(range.id, edge, event.currentTarget.value)}
                      onBlur={touch}
                    />
                  </Fragment>
                ))}
                <button
                  type="button"
                  class="secondary small"
                  aria-label={t('removeRangeLabel', [name, range.start || '–', range.end || '–'])}
                  onClick={() => {
                    setRanges((list) => list.filter((item) => item.id !== range.id));
                    focusSoon(`add-${day}`);
                  }}
                >
                  {t('remove')}
                </button>
              </div>
              <FieldError id={rangeError} message={message} />
            </div>
          );
        })}
        <button
          type="button"
          class="link"
          id={`add-${day}`}
          aria-label={t('addRangeLabel', [name])}
          onClick={() => {
            const range = nextRange(ranges);
            setRanges((list) => [...list, range]);
            focusSoon(`${range.id}-start`);
          }}
        >
          {t('addRange')}
        </button>
        <FieldError id={dayErrorId} message={errors[dayErrorId]} />
      </div>
    </fieldset>
  );
}

type SetHours = (fn: (hours: HoursDraft) => HoursDraft) => void;

/** Working hours: nudges only come inside them; sitting is counted around the clock regardless. */
export function WorkingHours({ draft, errors, update, touch }: FieldsProps) {
  const [copied, setCopied] = useState('');
  const hours = draft.workingHours;
  const set: SetHours = (fn) => {
    setCopied('');
    update('workingHours', fn);
  };
  const touchHours = () => touch('workingHours');

  const copyMonday = () => {
    set((current) => ({
      ...current,
      days: current.days.map((ranges, day) =>
        day > MONDAY && day <= FRIDAY ? (current.days[MONDAY] ?? []).map((range) => ({ ...range, id: newId('r') })) : ranges,
      ),
    }));
    setCopied(t('copiedMonday'));
  };

  return (
    <div class="hours">
      <RadioGroup
        name="hoursMode"
        legend={t('hoursModeLegend')}
        value={hours.always ? 'always' : 'hours'}
        onChange={(mode) => set((current) => ({ ...current, always: mode === 'always' }))}
        choices={[
          { value: 'always', label: t('hoursAlways'), hint: t('hoursAlwaysHint') },
          { value: 'hours', label: t('hoursCustom'), hint: t('hoursCustomHint') },
        ]}
      />
      {!hours.always && (
        <div class="week">
          <p class="field__hint" id={hintId('hours')}>
            {t('hoursHint')}
          </p>
          {weekOrder(uiLocale()).map((day) => (
            <DayRanges key={day} day={day} hours={hours} errors={errors} set={set} touch={touchHours} />
          ))}
          <div class="week__actions">
            <button type="button" class="secondary" onClick={copyMonday}>
              {t('copyMonday')}
            </button>
            <p class="week__status" role="status">
              {copied}
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
