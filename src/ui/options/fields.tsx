import type { ComponentChildren } from 'preact';

/** Joins the ids of an element's hint and message, leaving out the ones not on the page. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}

export const errorId = (id: string) => `${id}-error`;
export const hintId = (id: string) => `${id}-hint`;

/** A message next to the field it is about; the field points at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p class="field__error" id={errorId(id)}>
      {message}
    </p>
  );
}

export function Section({ id, title, intro, children }: { id: string; title: string; intro: string; children: ComponentChildren }) {
  return (
    <section class="section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p class="section__intro">{intro}</p>
      {children}
    </section>
  );
}

interface NumberFieldProps {
  id: string;
  label: string;
  /** The unit shown after the input, e.g. "minutes"; read out with the hint. */
  unit: string;
  hint: string;
  value: string;
  min: number;
  max: number;
  error: string | undefined;
  onInput: (value: string) => void;
  onBlur: () => void;
}

export function NumberField({ id, label, unit, hint, value, min, max, error, onInput, onBlur }: NumberFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="field__control">
        <input
          id={id}
          name={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(`${id}-unit`, hintId(id), error && errorId(id))}
          onInput={(event) => onInput(event.currentTarget.value)}
          onBlur={onBlur}
        />
        <span class="field__unit" id={`${id}-unit`}>
          {unit}
        </span>
      </div>
      <p class="field__hint" id={hintId(id)}>
        {hint}
      </p>
      <FieldError id={id} message={error} />
    </div>
  );
}

interface ToggleProps {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Toggle({ id, label, hint, checked, onChange }: ToggleProps) {
  return (
    <div class="check">
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? hintId(id) : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div>
        <label for={id}>{label}</label>
        {hint && (
          <p class="field__hint" id={hintId(id)}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface RadioGroupProps<T extends string> {
  name: string;
  legend: string;
  choices: ReadonlyArray<Choice<T>>;
  value: T;
  onChange: (value: T) => void;
  /** Lays the choices out side by side when they are short. */
  inline?: boolean;
}

export function RadioGroup<T extends string>({ name, legend, choices, value, onChange, inline }: RadioGroupProps<T>) {
  return (
    <fieldset class={`group${inline ? ' group--inline' : ''}`}>
      <legend>{legend}</legend>
      <div class="group__choices">
        {choices.map((choice) => {
          const id = `${name}-${choice.value}`;
          return (
            <div class="check" key={choice.value}>
              <input
                id={id}
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                aria-describedby={choice.hint ? hintId(id) : undefined}
                onChange={() => onChange(choice.value)}
              />
              <div>
                <label for={id}>{choice.label}</label>
                {choice.hint && (
                  <p class="field__hint" id={hintId(id)}>
                    {choice.hint}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
