import type { History } from '../core/history';

/**
 * An empty history that notices being looked at. Most events (a tick in the middle of a bout, an idle
 * report) never read or change a day; handled against this probe first, they cost no month read at all,
 * however long the history. If the handler looked at it in any way, its answer may depend on the days,
 * and the event is handled again with the real history.
 */
export function historyProbe(): { history: History; looked: () => boolean } {
  let looked = false;
  // Every trap a read, a spread or a listing of days goes through; each marks the probe as looked at.
  const traps: Record<string, (...args: unknown[]) => unknown> = {};
  for (const trap of ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor'] as const) {
    traps[trap] = (...args: unknown[]) => {
      looked = true;
      return (Reflect[trap] as (...a: unknown[]) => unknown)(...args);
    };
  }
  const history = new Proxy({} as History, traps as ProxyHandler<History>);
  return { history, looked: () => looked };
}
