// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { Reply } from '../../messages';
import { settingsItem } from '../../storage/items';
import type { LoadedSettings } from '../../storage/parse';
import { answerRequests } from './test-helpers';
import { focusFirstInvalid, useSettingsForm } from './use-settings-form';

const settings = (changes: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...changes });
const NO_REPLY = "HipCheck's background did not answer. Reload the page and try again.";

/** Holds the page's next storage read until the test hands it the settings it should find. */
function holdNextRead() {
  let answer: (stored: Settings) => void = () => {};
  vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementationOnce(
    () => new Promise((resolve) => (answer = (stored) => resolve({ settings: stored }))),
  );
  return (stored: Settings) => act(async () => answer(stored));
}

/** Lets every promise already under way finish: all of them settle before the next task runs. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

function later<T>() {
  let settle: (value: T) => void = () => {};
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

async function saveNow(form: { save: () => Promise<unknown> }) {
  let outcome: unknown;
  await act(async () => {
    outcome = await form.save();
  });
  return outcome;
}

async function loadedForm() {
  const hook = renderHook(() => useSettingsForm());
  await waitFor(() => expect(hook.result.current.state).not.toBeNull());
  return hook;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings form before the settings arrive', () => {
  it('is not dirty, ignores edits and has nothing to save', async () => {
    const answerRead = holdNextRead();
    const { result } = renderHook(() => useSettingsForm());
    expect(result.current.dirty).toBe(false);
    act(() => result.current.update('snoozeMinutes', '9'));
    expect(await result.current.save()).toEqual({ kind: 'unchanged' });
    await answerRead(settings({ snoozeMinutes: 7 }));
    await waitFor(() => expect(result.current.state?.draft.snoozeMinutes).toBe('7'));
  });

  it('takes a change heard during its first read over what that read finds', async () => {
    const answerRead = holdNextRead();
    const { result } = renderHook(() => useSettingsForm());
    await act(() => settingsItem.setValue(settings({ snoozeMinutes: 9 })));
    await answerRead(settings({ snoozeMinutes: 7 }));
    await settle();
    expect(result.current.state?.base.snoozeMinutes).toBe(9);
    expect(result.current.state?.draft.snoozeMinutes).toBe('9');
  });

  it('uses an early read as it is when nothing changed since', async () => {
    await settingsItem.setValue(settings({ snoozeMinutes: 7 }));
    const loaded: LoadedSettings = { value: settings({ snoozeMinutes: 9 }), problems: [], writeBack: null };
    const early = { take: () => loaded, stale: () => false, release: vi.fn() };
    const reads = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const { result } = renderHook(() => useSettingsForm(early));
    await settle();
    expect(result.current.state?.base.snoozeMinutes).toBe(9);
    expect(reads).not.toHaveBeenCalled();
  });
});

describe('settings form messages', () => {
  it('shows a problem only once its setting has been visited', async () => {
    const { result } = await loadedForm();
    expect(result.current.dirty).toBe(false);
    act(() => result.current.update('snoozeMinutes', '0'));
    expect(result.current.dirty).toBe(true);
    expect(result.current.errors).toEqual({});
    act(() => result.current.touch('snoozeMinutes'));
    expect(result.current.errors).toEqual({ snoozeMinutes: 'Enter a whole number from 1 to 60.' });
  });
});

describe('saving the settings form', () => {
  it('sends nothing when nothing was edited', async () => {
    const received = answerRequests({ ok: true, changed: [] });
    const { result } = await loadedForm();
    expect(await result.current.save()).toEqual({ kind: 'unchanged' });
    expect(received).toEqual([]);
  });

  it('sends only the edited setting and then shows the saved value tidied up', async () => {
    const received = answerRequests({ ok: true, changed: ['breakIntervalMinutes'] });
    const { result } = await loadedForm();
    act(() => result.current.update('breakIntervalMinutes', ' 45 '));
    expect(await saveNow(result.current)).toEqual({ kind: 'saved', keys: ['breakIntervalMinutes'] });
    expect(received).toEqual([{ type: 'settings:update', patch: { breakIntervalMinutes: 45 } }]);
    expect(result.current.state?.draft.breakIntervalMinutes).toBe('45');
    expect(result.current.dirty).toBe(false);
  });

  it('keeps an edit typed while the save was under way', async () => {
    const reply = later<Reply>();
    answerRequests(() => reply.promise);
    const { result } = await loadedForm();
    act(() => result.current.update('breakIntervalMinutes', '45'));
    const saving = result.current.save();
    act(() => result.current.update('snoozeMinutes', '9'));
    await act(async () => {
      reply.settle({ ok: true, changed: ['breakIntervalMinutes'] });
      await saving;
    });
    expect(result.current.state?.base.breakIntervalMinutes).toBe(45);
    expect(result.current.state?.draft.snoozeMinutes).toBe('9');
  });

  it('reads a reply that names no changed setting as unchanged', async () => {
    const replies: Reply[] = [{ ok: true }, { ok: true, changed: [] }];
    answerRequests(() => replies.shift() as Reply);
    const { result } = await loadedForm();
    for (const minutes of ['9', '8']) {
      act(() => result.current.update('snoozeMinutes', minutes));
      expect(await saveNow(result.current)).toEqual({ kind: 'unchanged' });
    }
  });

  it('says the background did not answer when it stays silent or cannot be reached', async () => {
    const { result } = await loadedForm();
    act(() => result.current.update('snoozeMinutes', '9'));
    expect(await result.current.save()).toEqual({ kind: 'failed', reasons: [NO_REPLY] });
    answerRequests(() => undefined as unknown as Reply);
    expect(await result.current.save()).toEqual({ kind: 'failed', reasons: [NO_REPLY] });
  });
});

describe('focusing the first invalid field', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('moves focus there once the messages have rendered', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<input id="fine"><input id="wrong" aria-invalid="true"><input aria-invalid="true">';
    focusFirstInvalid();
    vi.advanceTimersToNextFrame();
    expect(document.activeElement?.id).toBe('wrong');
  });
});
