import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installBackground, send, tickFor } from './harness';
import { MIN } from './timeline';

/**
 * Several computers of one person sharing one fake storage.sync. One background runs; each computer's
 * turn gives it that computer's own local storage (everything a worker knows is in storage, so this is
 * each computer's worker waking), while the sync storage, the browser's own sync, stays shared.
 */
export async function simulateComputers() {
  const { idle, tracker } = await installBackground();
  const locals = new Map<string, Record<string, unknown>>();
  let current: string | null = null;

  /** Runs `turn` as computer `name`; a computer's first turn is its browser starting. */
  async function as(name: string, turn: () => Promise<unknown> = async () => {}) {
    await tracker.settled();
    if (current !== null) locals.set(current, await fakeBrowser.storage.local.get(null));
    await fakeBrowser.storage.local.clear();
    const stored = locals.get(name);
    current = name;
    if (stored) await fakeBrowser.storage.local.set(stored);
    else await tracker.startup();
    await turn();
    await tracker.settled();
  }

  /** Computer `name` sits from `from` to `to`, ticking each minute, then locks the screen and leaves. */
  async function sit(name: string, from: number, to: number) {
    vi.setSystemTime(from);
    idle.state = 'active';
    await as(name, async () => {
      await idle.change('active');
      await tickFor(Math.round((to - from) / MIN));
      await idle.change('locked');
    });
  }

  /** Turns sharing on for computer `name`, under that name. */
  const share = (name: string, on = true) => as(name, () => send({ type: 'sharing', on, name }));

  return { as, sit, share, idle, tracker };
}
