import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { currentBout, currentStanding, guidedBreak, type SignalType, step, type Tracked } from '../core/engine';
import type { History } from '../core/history';
import { endMeeting, inMeeting, startMeeting } from '../core/meeting';
import { nextTickAt } from '../core/next-tick';
import { badgeTone, decideNudge, isNewBreak, isPaused, type NudgeAction, type NudgeState, snooze } from '../core/nudges';
import { type IdleState, presenceSignal } from '../core/presence';
import { isWorkingTime, type PauseChoice, pauseEnd } from '../core/schedule';
import type { Settings } from '../core/settings';
import { keptSpans, shareDue } from '../core/shared-days';
import { decideStandingReminder, type Posture, standingNoteSeen } from '../core/standing';
import { moveById } from '../core/stretches/routines';
import { chosenRoutine, nextRotation } from '../core/stretches/suggest';
import { messageKeys } from '../core/stretches/types';
import { TYPING_SECONDS, typingWait } from '../core/typing-pause';
import { decideUnansweredTab, reminderAnswered } from '../core/unanswered';
import { describeProblem, t } from '../i18n';
import type { Reply } from '../messages';
import { type Problem, problem } from '../problems';
import { computerKey, readSharing, type Sharing } from '../storage/computers';
import { historyKeys, historyWrites, type LoadedHistoryBooks, loadMigratedBooks, loadStateOnly } from '../storage/history-migration';
import {
  checkedAllItem,
  engineItem,
  importReceiptItem,
  nudgesItem,
  repairsItem,
  settingsItem,
  sharingItem,
  spansItem,
} from '../storage/items';
import { loadSettings, parseSettingsPatch } from '../storage/parse';
import { importInto } from '../storage/transfer';
import { showBadge } from './badge';
import { createBreakTabOpener } from './break-tab';
import { anyTabAudible, shouldDefer } from './deferral';
import { historyProbe } from './history-probe';
import { clearNudges, clearStandingReminder, showNudge, showStandingReminder, showWarning } from './notify';
import { writeSettings } from './settings-writer';
import { errorText, newComputerId, publish } from './sharing';
import { keepTicking, RESUME_ALARM } from './tick-alarm';

export interface TrackerOptions {
  now?: () => number;
  log?: (message: string) => void;
}

/** Everything the background owns: the engine's books and the reminder state. */
interface Books {
  tracked: Tracked;
  nudges: NudgeState;
}

interface Loaded {
  settings: Settings;
  books: Books;
  /** What had to be repaired in the background's own storage; written back once, and told to the person once. */
  repairs: Problem[];
  /** Which months of the history were loaded: the only ones this event may write. */
  window: LoadedHistoryBooks;
  sharing: Sharing;
}

type StorageWrites = Parameters<typeof storage.setItems>[0];

const MIN = 60_000;

/**
 * The background's one job: turn browser events into engine signals and nudge decisions, persist
 * the result after each one, and keep the alarm, badge and notifications in line with it.
 */
export function createTracker({ now = Date.now, log = console.warn }: TrackerOptions = {}) {
  const logged = new Set<string>();
  const report = (problems: Problem[]) => {
    for (const text of problems.map(describeProblem).filter((p) => !logged.has(p))) {
      logged.add(text);
      log(`HipCheck: ${text}`);
    }
  };

  const openBreakTab = createBreakTabOpener(now);

  // One event at a time, in arrival order; a failure is logged and never blocks the next event.
  let queue: Promise<void> = Promise.resolve();
  const serial = (task: () => Promise<void>): Promise<void> => {
    queue = queue.then(task).catch((error) => console.error('HipCheck: event failed', error));
    return queue;
  };

  /** Runs `task` in the event queue and always answers: a failure (the browser refused a write) becomes a reason the page can show. */
  function answer(task: () => Promise<Reply>): Promise<Reply> {
    return new Promise((resolve) => {
      void serial(async () => {
        try {
          resolve(await task());
        } catch (error) {
          resolve({ ok: false, errors: [problem('problem_notStored', errorText(error))] });
        }
      });
    });
  }

  async function load(all = false): Promise<Loaded> {
    const [settings, books] = await Promise.all([loadSettings(), loadMigratedBooks(now(), { all })]);
    return loaded(settings, books);
  }

  /** Settings, engine and reminder state with the history stood in for by `history`; null when the full load is needed. */
  async function loadWithout(history: History): Promise<Loaded | null> {
    const [settings, books] = await Promise.all([loadSettings(), loadStateOnly(now())]);
    if (!books) return null;
    const light = loaded(settings, { ...books, history: { value: history, problems: [] } });
    // A repair rewrites every loaded item, the history too: only the full load may do that.
    return light.repairs.length ? null : light;
  }

  function loaded(settings: Awaited<ReturnType<typeof loadSettings>>, books: LoadedHistoryBooks): Loaded {
    const problems = [settings.problems, books.engine.problems, books.history.problems, books.nudges.problems].flat();
    report(problems);
    return {
      settings: settings.value,
      books: { tracked: { engine: books.engine.value, history: books.history.value, sat: books.sat }, nudges: books.nudges.value },
      repairs: problems,
      window: books,
      sharing: books.sharing,
    };
  }

  /**
   * One storage call for whatever changed: usually just the engine, once a minute; at a bout's end, the
   * months it touched. Repairs rewrite everything loaded. Months emptied by retention go after it.
   */
  async function save(loaded: Loaded, after: Books, also: StorageWrites = []): Promise<void> {
    const { books: before, repairs, window } = loaded;
    const force = repairs.length > 0;
    const writes: StorageWrites = [...also];
    if (force) writes.push({ item: repairsItem, value: repairs });
    if (force || after.tracked.engine !== before.tracked.engine) writes.push({ item: engineItem, value: after.tracked.engine });
    const history =
      force || after.tracked.history !== before.tracked.history
        ? await historyWrites(before.tracked.history, after.tracked.history, window, force)
        : { set: {}, remove: [] };
    for (const [key, value] of Object.entries(history.set)) writes.push({ key: `local:${key}`, value });
    if (force || after.nudges !== before.nudges) writes.push({ item: nudgesItem, value: after.nudges });
    // A bout's end adds its spans, in the same call as its days.
    if (after.tracked.sat !== before.tracked.sat) writes.push({ item: spansItem, value: keptSpans(after.tracked.sat ?? [], now()) });
    if (writes.length) await storage.setItems(writes);
    if (history.remove.length) await browser.storage.local.remove(history.remove);
  }

  function suggestedMoveName(books: Books, settings: Settings): string {
    const first = chosenRoutine(settings, books.nudges.rotation).steps[0];
    const move = first && moveById(first.moveId);
    return move ? t(messageKeys.moveName(move.id)) : '';
  }

  /** Whether a nudge or its warning for the current bout may be on screen. */
  function nudgeShowing({ tracked, nudges }: Books, at: number): boolean {
    if (tracked.engine.presence.kind !== 'active' || isPaused(nudges, at) || inMeeting(nudges, at)) return false;
    const bout = tracked.engine.bout;
    return bout !== null && nudges.boutStartedAt === bout.startedAt && (nudges.shown > 0 || nudges.warned);
  }

  /**
   * Alarm, badge and notifications follow from the books; nothing here is stored. A notification is
   * taken down only when this event ended what it was about (the bout, presence, or a pause began).
   */
  async function reflect(before: Books, after: Books, settings: Settings, at: number): Promise<void> {
    const { tracked, nudges } = after;
    const active = tracked.engine.presence.kind === 'active';
    const bout = active ? currentBout(tracked.engine, at, settings) : null;
    const standing = active ? currentStanding(tracked.engine, at, settings) : null;
    const paused = isPaused(nudges, at);
    const shownMs = standing?.standingMs ?? bout?.sittingMs;
    const minutes = shownMs === undefined ? null : Math.floor(shownMs / MIN);
    const title = paused
      ? t('badgePaused', [new Date(nudges.pausedUntil ?? at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })])
      : t(standing ? 'badgeStanding' : 'badgeTitle', [minutes ?? 0]);
    const ended = nudgeShowing(before, at) && !nudgeShowing(after, at);
    await Promise.all([
      keepTicking(nextTickAt(tracked.engine, nudges, settings, at), at),
      showBadge({ minutes, tone: badgeTone(bout?.sittingMs ?? 0, settings, paused, standing !== null), title }),
      ended ? clearNudges() : undefined,
    ]);
  }

  /**
   * Shows a notification, or says it could not: true when blocked. Chrome tells a denied permission
   * before anything is sent; Firefox has no such question, so a create it refuses counts the same.
   */
  async function notified(show: () => Promise<void>): Promise<boolean> {
    try {
      if ((await browser.notifications.getPermissionLevel?.()) === 'denied') return true;
    } catch {
      // A browser that cannot say is asked by trying.
    }
    try {
      await show();
      return false;
    } catch {
      return true;
    }
  }

  /** Shows what `action` asks for; for a notification tried, whether it was blocked. */
  async function act(action: NudgeAction, books: Books, settings: Settings, at: number): Promise<boolean | undefined> {
    if (action.kind === 'none' || settings.nudgeStyle === 'badge') return;
    if (action.kind === 'breakTab') return void (await openBreakTab());
    // No break tab for it: the person need not stretch, only sit for a while.
    if (action.kind === 'changePosition') return notified(() => showStandingReminder(action.minutes));
    if (settings.nudgeStyle === 'tab') {
      // The tab is opened once a bout; reminders after that stay on the badge rather than restart it.
      if (action.kind === 'nudge' && action.reminder === 1) await openBreakTab();
      return;
    }
    const moveName = suggestedMoveName(books, settings);
    if (action.kind === 'warn') return notified(() => showWarning(moveName));
    const bout = currentBout(books.tracked.engine, at, settings);
    const blocked = await notified(() =>
      showNudge({
        minutes: Math.floor((bout?.sittingMs ?? 0) / MIN),
        moveName,
        canSnooze: action.canSnooze,
        snoozeMinutes: settings.snoozeMinutes,
      }),
    );
    // A blocked nudge must not be lost: the tab comes instead, once a bout as nudgeStyle 'tab' opens it,
    // or at once when this bout's earlier nudges still went out as notifications.
    if (blocked && (action.reminder === 1 || !books.nudges.notificationsBlocked)) await openBreakTab();
    return blocked;
  }

  /**
   * What `decide` says, or what it says held back when it would act while a window is fullscreen or a
   * tab plays sound, or while the person types: that wait, begun `typingSince`, is kept in the result.
   * Only a tick that finds something due asks whether they type: waiting costs no wakeup of its own.
   */
  async function deferring<T extends { action: { kind: string }; nudges: NudgeState }>(
    settings: Settings,
    at: number,
    typingSince: number | null,
    decide: (deferred: boolean) => T,
  ): Promise<T> {
    const outcome = decide(false);
    if (outcome.action.kind === 'none') return waitingForTyping(outcome, null);
    if (await shouldDefer(settings)) return waitingForTyping(decide(true), null);
    const typing = settings.waitForTypingPause && (await browser.idle.queryState(TYPING_SECONDS)) === 'active';
    const since = typingWait(typingSince, at, typing);
    return waitingForTyping(since === null ? outcome : decide(true), since);
  }

  /** Keeps when a nudge began waiting for typing to stop only while one waits: a stale start would cut the next wait short. */
  function waitingForTyping<T extends { nudges: NudgeState }>(outcome: T, since: number | null): T {
    return outcome.nudges.typingHeldSince === since ? outcome : { ...outcome, nudges: { ...outcome.nudges, typingHeldSince: since } };
  }

  /** Nudges are only weighed while someone is at the computer. */
  async function weighNudge(books: Books, settings: Settings, at: number): Promise<{ books: Books; action: NudgeAction }> {
    const { tracked, nudges } = books;
    if (tracked.engine.presence.kind !== 'active') return { books: waitingForTyping(books, null), action: { kind: 'none' } };
    const context = {
      now: at,
      bout: currentBout(tracked.engine, at, settings),
      settings,
      workingTime: isWorkingTime(settings.workingHours, at),
      deferred: false,
    };
    const typingSince = nudges.typingHeldSince;
    let outcome = await deferring(settings, at, typingSince, (deferred) => decideNudge(nudges, tracked.history, { ...context, deferred }));
    const standing = currentStanding(tracked.engine, at, settings);
    if (standing) {
      // No bout runs while standing, so no nudge came above: only the "change position" reminder may.
      const { nudges: after } = outcome;
      const reminder = await deferring(settings, at, typingSince, (deferred) =>
        decideStandingReminder(after, { ...context, standing, deferred }),
      );
      outcome = { ...outcome, ...reminder };
    } else if (decideUnansweredTab(outcome.nudges, context).action.kind !== 'none') {
      // Asked only when due: a nudge waiting for typing to stop keeps its wait, which this would end.
      const { nudges: after } = outcome;
      const followUp = await deferring(settings, at, typingSince, (deferred) => decideUnansweredTab(after, { ...context, deferred }));
      outcome = { ...outcome, ...followUp };
    }
    return { books: { tracked: { ...tracked, history: outcome.history }, nudges: outcome.nudges }, action: outcome.action };
  }

  /** A tick also re-reads the system state: idle held by sound must end when the sound does. */
  async function signalFor(type: SignalType, settings: Settings, books: Books): Promise<SignalType> {
    if (type === 'idle') return presenceSignal('idle', await anyTabAudible(), settings);
    if (type !== 'tick' || books.tracked.engine.presence.kind !== 'active') return type;
    const state = (await browser.idle.queryState(settings.idleDetectionSeconds)) as IdleState;
    if (state === 'active') return 'tick';
    const heard = presenceSignal(state, await anyTabAudible(), settings);
    return heard === 'active' ? 'tick' : heard;
  }

  /** Reminders stop until the chosen end; an alarm ends the pause even if the worker sleeps. */
  async function startPause(books: Books, choice: PauseChoice, at: number): Promise<{ books: Books }> {
    const until = pauseEnd(at, choice);
    await browser.alarms.create(RESUME_ALARM, { when: until });
    return { books: { ...books, nudges: { ...books.nudges, pausedUntil: until } } };
  }

  /** Reminders come back at once: a bout that became due while paused is nudged now. */
  async function endPause(books: Books, settings: Settings, at: number): Promise<{ books: Books; action: NudgeAction }> {
    await browser.alarms.clear(RESUME_ALARM);
    return weighNudge({ ...books, nudges: { ...books.nudges, pausedUntil: null } }, settings, at);
  }

  /** Loads, applies `change`, saves what changed, and brings the browser in line. */
  type Change = (loaded: Loaded, at: number) => Promise<{ books: Books; action?: NudgeAction }>;

  async function commit(loaded: Loaded, at: number, { books, action }: { books: Books; action?: NudgeAction }): Promise<void> {
    await save(loaded, books);
    await reflect(loaded.books, books, loaded.settings, at);
    const { sharing } = loaded;
    const [before, after] = [loaded.books.tracked, books.tracked];
    const [was, is] = [before.engine.presence.kind === 'active', after.engine.presence.kind === 'active'];
    if (sharing.on && sharing.id && shareDue(after.sat !== before.sat, was && !is, is, before.engine.lastSignalAt, at)) {
      await publish({ ...sharing, id: sharing.id }, after, at);
    }
    if (!action) return;
    const blocked = await act(action, books, loaded.settings, at);
    // Known only once tried, so written after the rest: the popup reads it to say why nudges come as a tab.
    if (blocked !== undefined && blocked !== books.nudges.notificationsBlocked) {
      await nudgesItem.setValue({ ...books.nudges, notificationsBlocked: blocked });
    }
  }

  /** Answering a nudge (see unanswered.ts) is remembered; it changes nothing else. */
  const answered = () =>
    transact(async ({ books }) => ({ books: { ...books, nudges: reminderAnswered(books.nudges) } }), { historyOnDemand: true });

  /**
   * `change` is first tried without reading a single month: if it never looked at the history (a tick
   * in the middle of a bout), that is the event's whole cost; otherwise it runs again on the real one.
   * Whatever it asked the browser the first time (the idle state, say) it asks again then.
   */
  async function withoutHistory(change: Change): Promise<boolean> {
    const probe = historyProbe();
    const light = await loadWithout(probe.history);
    if (!light) return false;
    const at = now();
    const result = await change(light, at);
    if (probe.looked() || result.books.tracked.history !== probe.history) return false;
    await commit(light, at, result);
    return true;
  }

  function transact(change: Change, { historyOnDemand = false } = {}): Promise<void> {
    return serial(async () => {
      if (historyOnDemand && (await withoutHistory(change))) return;
      const loaded = await load();
      const at = now();
      await commit(loaded, at, await change(loaded, at));
    });
  }

  const feed = (type: SignalType) =>
    transact(
      async ({ settings, books }, at) => {
        const signal = await signalFor(type, settings, books);
        const tracked = step(books.tracked, { at, type: signal }, settings);
        return weighNudge({ ...books, tracked }, settings, at);
      },
      { historyOnDemand: true },
    );

  return {
    /** Resolves once every event received so far has been handled. */
    settled: () => queue,

    signal: feed,

    /** A browser (re)start: close what was open, then learn where the person is now. */
    startup: () =>
      transact(async ({ settings, books }, at) => {
        let tracked = step(books.tracked, { at, type: 'startup' }, settings);
        const state = (await browser.idle.queryState(settings.idleDetectionSeconds)) as IdleState;
        if (state !== 'active') tracked = step(tracked, { at, type: await signalFor(state, settings, { ...books, tracked }) }, settings);
        return weighNudge({ ...books, tracked }, settings, at);
      }),

    /** New settings reach the bout in progress at once: badge, countdown and a nudge now due all follow them. */
    settingsChanged: () =>
      transact(async ({ settings, books }, at) => {
        browser.idle.setDetectionInterval(settings.idleDetectionSeconds);
        return weighNudge(books, settings, at);
      }),

    /**
     * Every worker start (`start`: the first in a browser session checks all months, so a broken day in a
     * month no event loads is still repaired and told once) and the popup's request for a repair (the
     * months it shows): re-apply settings and make sure the alarm matches the state, writing only repairs.
     */
    wake: (start = false) =>
      serial(async () => {
        const everything = start && !(await checkedAllItem.getValue());
        const loaded = await load(everything);
        const { settings, books, repairs } = loaded;
        browser.idle.setDetectionInterval(settings.idleDetectionSeconds);
        if (repairs.length) {
          await save(loaded, books);
          // Repaired settings are written back too, so every page reads the values the background uses.
          await writeSettings({});
        }
        await reflect(books, books, settings, now());
        if (everything) await checkedAllItem.setValue(true);
      }),

    /**
     * Starting a break from the popup, a notification, a command or the welcome page: one tab however many
     * ask at once. It answers the nudge on screen, so the tab does not open again to follow it up.
     */
    openBreak: () => Promise.all([serial(openBreakTab), answered()]).then(() => undefined),

    /** The person closed the nudge: an answer too, if not a yes. */
    nudgeDismissed: answered,

    /** A guided break ended; the same break reported again (a retry, a second tab) changes nothing. */
    breakDone: (startedAt: number, completed: boolean) =>
      transact(async ({ settings, books }, at) => {
        if (!isNewBreak(books.nudges, startedAt)) return { books };
        const tracked = guidedBreak(books.tracked, startedAt, at, completed, settings);
        const rotation = completed
          ? nextRotation(books.nudges.rotation, chosenRoutine(settings, books.nudges.rotation))
          : books.nudges.rotation;
        return { books: { tracked, nudges: { ...books.nudges, rotation, lastBreakEndedAt: at } } };
      }),

    snooze: () =>
      transact(async ({ settings, books }, at) => {
        const result = snooze(books.nudges, books.tracked.history, {
          now: at,
          bout: currentBout(books.tracked.engine, at, settings),
          settings,
        });
        if (result.snoozed) await clearNudges();
        return { books: { tracked: { ...books.tracked, history: result.history }, nudges: reminderAnswered(result.nudges) } };
      }),

    /** The person says they stand or sit; the keyboard command toggles what the popup would show now. */
    posture: (posture: Posture | 'toggle') =>
      transact(async ({ settings, books }, at) => {
        const standing = currentStanding(books.tracked.engine, at, settings) !== null;
        const stand = posture === 'toggle' ? !standing : posture === 'standing';
        const tracked = step(books.tracked, { at, type: stand ? 'stand' : 'sit' }, settings);
        if (!stand) await clearStandingReminder();
        return weighNudge({ ...books, tracked }, settings, at);
      }),

    /**
     * "In a meeting": nudges wait until the meeting is likely over (meeting.ts), and a nudge on screen goes;
     * ending the hold early brings a nudge that came due meanwhile at once.
     */
    meeting: (held: boolean) =>
      transact(async ({ settings, books }, at) =>
        held
          ? { books: { ...books, nudges: startMeeting(books.nudges, at) } }
          : weighNudge({ ...books, nudges: endMeeting(books.nudges) }, settings, at),
      ),

    /** A page told the person that standing ended by itself: it is not told again. */
    postureSeen: () =>
      transact(async ({ books }) => ({
        books: { ...books, tracked: { ...books.tracked, engine: standingNoteSeen(books.tracked.engine) } },
      })),

    pause: (choice: PauseChoice) => transact(({ books }, at) => startPause(books, choice, at)),

    resume: () => transact(({ settings, books }, at) => endPause(books, settings, at)),

    togglePause: (choice: PauseChoice) =>
      transact(({ settings, books }, at) => (isPaused(books.nudges, at) ? endPause(books, settings, at) : startPause(books, choice, at))),

    /** Merges an export into the books, or changes nothing and says why. */
    importExport: (text: string, id: string): Promise<Reply> =>
      answer(async () => {
        // An import merges into every day, and its retention counts them all.
        const loaded = await load(true);
        const { books } = loaded;
        const at = now();
        const result = importInto(books.tracked.history, text, at);
        if (!result.ok) return result;
        const { history, summary } = result;
        // Settings first: when sync storage refuses them, nothing at all has changed.
        const settings = await writeSettings(result.settings);
        const { added, updated, unchanged, outsideRetention } = summary;
        const report = { settings, added, updated, unchanged, outsideRetention };
        await save(loaded, { ...books, tracked: { ...books.tracked, history } }, [{ item: importReceiptItem, value: { id, report } }]);
        return { ok: true, imported: report };
      }),

    /** Settings a page changed: checked key by key, applied on top of what is stored, or refused with reasons. */
    updateSettings: (raw: unknown): Promise<Reply> =>
      answer(async () => {
        const { patch, problems } = parseSettingsPatch(raw);
        if (problems.length) return { ok: false, errors: problems };
        return { ok: true, changed: await writeSettings(patch) };
      }),

    /**
     * Sharing across computers turned on or off, or this computer renamed. Turned on, it shares at once;
     * turned off, its records leave sync (others' stay) and it keeps counting locally, as always.
     */
    share: (change: { on?: boolean; name?: string }): Promise<Reply> =>
      answer(async () => {
        const { sharing, books } = await load();
        // A blank name keeps the one it had.
        const next = {
          ...sharing,
          id: sharing.id ?? newComputerId(),
          on: change.on ?? sharing.on,
          name: change.name?.trim() || sharing.name,
        };
        if (sharing.on && next.on === false) await browser.storage.sync.remove(computerKey(next.id));
        await sharingItem.setValue(next);
        if (next.on) await publish(next, books.tracked, now());
        return { ok: true };
      }),

    /** Removes another computer's records: one the person no longer uses. */
    forget: (id: string): Promise<Reply> =>
      answer(async () => {
        await browser.storage.sync.remove(computerKey(id));
        return { ok: true };
      }),

    /** The person has been told about the repairs. */
    repairsSeen: () => serial(() => repairsItem.removeValue()),

    /** Forgets everything, settings included, and starts counting afresh. */
    reset: async () => {
      await serial(async () => {
        await browser.alarms.clearAll();
        // This computer's shared records go with it; other computers' stay theirs.
        const { id } = readSharing(await sharingItem.getValue());
        if (id) await browser.storage.sync.remove(computerKey(id));
        await Promise.all([engineItem, nudgesItem, repairsItem, settingsItem, sharingItem, spansItem].map((item) => item.removeValue()));
        await browser.storage.local.remove(await historyKeys());
        await clearNudges();
      });
      await feed('startup');
    },

    /** The pause alarm fired: weigh the bout again, which also clears the expired pause. */
    pauseOver: () => transact(({ settings, books }, at) => weighNudge(books, settings, at)),
  };
}

export type Tracker = ReturnType<typeof createTracker>;
