import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SETTING_KEYS, type Settings } from '../../core/settings';
import { describeProblem } from '../../i18n';
import { type Reply, sendRequest } from '../../messages';
import { problem } from '../../problems';
import { settingsItem } from '../../storage/items';
import { type LoadedSettings, loadSettings, parseSettings } from '../../storage/parse';
import type { Early } from '../use-snapshot';
import { type Draft, dirtyKeys, type Issue, isDirty, toDraft, validateDraft } from './draft';

interface FormState {
  /** The settings as last read from (or written to) storage: what "unchanged" is measured against. */
  base: Settings;
  draft: Draft;
}

export type SaveOutcome =
  | { kind: 'saved'; keys: Array<keyof Settings> }
  | { kind: 'unchanged' }
  | { kind: 'invalid'; issues: Issue[] }
  /** Nothing was stored; `reasons` say why, in the person's language. */
  | { kind: 'failed'; reasons: string[] };

export type Update = <K extends keyof Draft>(key: K, value: Draft[K] | ((previous: Draft[K]) => Draft[K])) => void;

/** What every form section receives. */
export interface FieldsProps {
  draft: Draft;
  /** Messages to show now, by the id of the element they explain. */
  errors: Record<string, string>;
  update: Update;
  /** Marks a setting as visited, so its problems show before the first save. */
  touch: (key: keyof Settings) => void;
}

/**
 * A change that arrives from elsewhere (another page, another computer, an import) replaces what
 * the person has not edited and leaves their pending edits alone.
 */
function follow(state: FormState, incoming: Settings): FormState {
  const fresh = toDraft(incoming, state.draft);
  const draft = { ...state.draft } as Record<string, unknown>;
  for (const key of SETTING_KEYS) {
    if (!isDirty(state.draft, state.base, key)) draft[key] = fresh[key as keyof Draft];
  }
  return { base: incoming, draft: draft as unknown as Draft };
}

/** The background answers every request; when it cannot be reached the page says so instead of hanging. */
export async function sendSettings(patch: Partial<Settings>): Promise<Reply> {
  try {
    return (await sendRequest({ type: 'settings:update', patch })) ?? { ok: false, errors: [problem('noReply')] };
  } catch {
    return { ok: false, errors: [problem('noReply')] };
  }
}

/**
 * `early`, a read started before the first render (see mountPageWith), lets the first frame hold the
 * form rather than an empty page that fills in a frame later.
 */
export function useSettingsForm(early?: Early<LoadedSettings>) {
  const [state, setState] = useState<FormState | null>(() => {
    const first = early?.take();
    return first ? { base: first.value, draft: toDraft(first.value) } : null;
  });
  const [touched, setTouched] = useState<ReadonlySet<keyof Settings>>(new Set());
  const latest = useRef(state);
  latest.current = state;
  /** Counts the person's edits, so a save can tell whether they typed on while it was writing. */
  const edits = useRef(0);

  useEffect(() => {
    let live = true;
    /** A change heard here is newer than any read still under way, which then has nothing to add. */
    let heard = false;
    const unwatch = settingsItem.watch((raw) => {
      heard = true;
      const incoming = parseSettings(raw).value;
      setState((current) => (current ? follow(current, incoming) : { base: incoming, draft: toDraft(incoming) }));
    });
    // Watched without a gap: the early read's own watch is released only once this one is in place.
    // Stryker disable next-line OptionalChaining: state is only set at first from early, so early is there whenever stale() is asked
    if (state === null || early?.stale())
      void loadSettings().then(({ value }) => {
        if (live && !heard) setState((current) => (current ? follow(current, value) : { base: value, draft: toDraft(value) }));
      });
    early?.release();
    return () => {
      // Stryker disable next-line BooleanLiteral: Preact drops a state update on an unmounted component, so this only spares the work
      live = false;
      unwatch();
    };
    // Stryker disable next-line ArrayDeclaration: a dependency list that never changes runs the effect once, whatever it holds
  }, []);

  const validated = useMemo(() => (state ? validateDraft(state.draft, state.base) : null), [state]);
  const errors = useMemo(() => {
    const shown: Record<string, string> = {};
    // Stryker disable next-line ArrayDeclaration: with no settings yet there are no issues, and a stand-in string has no key that was touched
    for (const issue of validated?.issues ?? []) if (touched.has(issue.key)) shown[issue.id] ??= issue.message;
    return shown;
  }, [validated, touched]);
  const dirty = state ? dirtyKeys(state.draft, state.base).length > 0 : false;

  const update: Update = (key, value) => {
    // Stryker disable next-line UpdateOperator: a save only asks whether the count moved, which counting down answers the same
    edits.current++;
    setState((current) => {
      if (!current) return current;
      const next = typeof value === 'function' ? (value as (previous: Draft[typeof key]) => Draft[typeof key])(current.draft[key]) : value;
      return { ...current, draft: { ...current.draft, [key]: next } };
    });
  };

  const touch = (key: keyof Settings) => setTouched((keys) => (keys.has(key) ? keys : new Set([...keys, key])));

  /**
   * Validates everything, then sends only the settings that were edited: the background applies them
   * on top of what storage holds right now, so a setting changed elsewhere in the meantime is never
   * overwritten by a stale copy, and two pages saving at once both keep their changes.
   */
  const save = async (): Promise<SaveOutcome> => {
    const current = latest.current;
    if (!current) return { kind: 'unchanged' };
    const result = validateDraft(current.draft, current.base);
    if (result.issues.length > 0) {
      setTouched(new Set(SETTING_KEYS));
      return { kind: 'invalid', issues: result.issues };
    }
    const editsAtStart = edits.current;
    const edited = dirtyKeys(current.draft, current.base);
    if (edited.length === 0) return { kind: 'unchanged' };
    const patch = Object.fromEntries(edited.map((key) => [key, result.values[key]])) as Partial<Settings>;
    const reply = await sendSettings(patch);
    if (!reply.ok) return { kind: 'failed', reasons: reply.errors.map(describeProblem) };
    const saved = { ...current.base, ...patch };
    // Edits made while the write was in flight stay; otherwise the form shows the saved values tidied up.
    setState((now) =>
      now && edits.current === editsAtStart ? { base: saved, draft: toDraft(saved, now.draft) } : now && { ...now, base: saved },
    );
    const changed = reply.changed ?? [];
    return changed.length > 0 ? { kind: 'saved', keys: changed } : { kind: 'unchanged' };
  };

  const discard = () => {
    setState((current) => current && { base: current.base, draft: toDraft(current.base) });
    setTouched(new Set());
  };

  return { state, errors, dirty, update, touch, save, discard };
}

export type SettingsForm = ReturnType<typeof useSettingsForm>;

/** Moves focus to the first field that needs fixing, after the messages have rendered. */
export function focusFirstInvalid(root: ParentNode = document): void {
  requestAnimationFrame(() => (root.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus());
}
