import type { History } from '../core/history';

/**
 * An empty history that notices being looked at. Most events (a tick in the middle of a bout, an idle
 * report) never read or change a day; handled against this probe first, they cost no month read at all,
 * however long the history. If the handler looked at it in any way, its answer may depend on the days,
 * and the event is handled again with the real history.
 */
export function historyProbe(): { history: History; looked: () => boolean } {
  let looked = false;
  const look = () => {
    looked = true;
  };
  const history = new Proxy({} as History, {
    get: (target, key, receiver) => (look(), Reflect.get(target, key, receiver)),
    has: (target, key) => (look(), Reflect.has(target, key)),
    ownKeys: (target) => (look(), Reflect.ownKeys(target)),
    getOwnPropertyDescriptor: (target, key) => (look(), Reflect.getOwnPropertyDescriptor(target, key)),
  });
  return { history, looked: () => looked };
}
