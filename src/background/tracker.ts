import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { currentBout, type Signal, step, type Tracked } from '../core/engine';
import type { Settings } from '../core/settings';
import { engineItem, historyItem, loadSettings, loadTracked } from '../storage/stores';
import { showBoutMinutes } from './badge';
import { keepTicking } from './tick-alarm';

export interface TrackerOptions {
  now?: () => number;
  log?: (message: string) => void;
}

/**
 * The background's one job: turn browser events into engine signals, persist the result after
 * each one, and keep the alarm and badge in line. Events are handled one at a time, in order.
 */
export function createTracker({ now = Date.now, log = console.warn }: TrackerOptions = {}) {
  const logged = new Set<string>();
  const report = (problems: string[]) => {
    for (const problem of problems) {
      if (logged.has(problem)) continue;
      logged.add(problem);
      log(`HipCheck: ${problem}`);
    }
  };

  // One event at a time, in arrival order; a failure is logged and never blocks the next event.
  let queue: Promise<void> = Promise.resolve();
  const serial = (task: () => Promise<void>): Promise<void> => {
    queue = queue.then(task).catch((error) => console.error('HipCheck: event failed', error));
    return queue;
  };

  async function load(): Promise<{ settings: Settings; tracked: Tracked; repaired: boolean }> {
    const [settings, { engine, history }] = await Promise.all([loadSettings(), loadTracked()]);
    report([...settings.problems, ...engine.problems, ...history.problems]);
    const repaired = engine.problems.length > 0 || history.problems.length > 0;
    return { settings: settings.value, tracked: { engine: engine.value, history: history.value }, repaired };
  }

  /** One storage call for whatever changed: the engine every tick, the history only when a bout ends. */
  async function save(before: Tracked, after: Tracked, force: boolean): Promise<void> {
    const writes = [];
    if (force || after.engine !== before.engine) writes.push({ item: engineItem, value: after.engine });
    if (force || after.history !== before.history) writes.push({ item: historyItem, value: after.history });
    if (writes.length) await storage.setItems(writes);
  }

  async function reflect(tracked: Tracked, settings: Settings, at: number): Promise<void> {
    const active = tracked.engine.presence.kind === 'active';
    const bout = active ? currentBout(tracked.engine, at, settings) : null;
    await Promise.all([keepTicking(active), showBoutMinutes(bout ? Math.floor(bout.sittingMs / 60_000) : null)]);
  }

  async function feed(type: Signal['type']): Promise<void> {
    const { settings, tracked, repaired } = await load();
    const at = now();
    const next = step(tracked, { at, type }, settings);
    await save(tracked, next, repaired);
    await reflect(next, settings, at);
  }

  return {
    /** Resolves once every event received so far has been handled. */
    settled: () => queue,

    signal: (type: Signal['type']) => serial(() => feed(type)),

    /** A browser (re)start: close what was open, then learn where the person is now. */
    startup: () =>
      serial(async () => {
        await feed('startup');
        const { settings } = await load();
        const state = await browser.idle.queryState(settings.idleDetectionSeconds);
        if (state !== 'active') await feed(state);
      }),

    /** Every worker start: re-apply settings and make sure the alarm matches the state, writing only repairs. */
    wake: () =>
      serial(async () => {
        const { settings, tracked, repaired } = await load();
        browser.idle.setDetectionInterval(settings.idleDetectionSeconds);
        if (repaired) await save(tracked, tracked, true);
        await reflect(tracked, settings, now());
      }),
  };
}

export type Tracker = ReturnType<typeof createTracker>;
