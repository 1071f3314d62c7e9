/** An extension event a test can fire, waiting for every listener's work. */
export function fakeEvent<Args extends unknown[]>() {
  const listeners: Array<(...args: Args) => unknown> = [];
  return {
    addListener: (listener: (...args: Args) => unknown) => void listeners.push(listener),
    removeListener: (listener: (...args: Args) => unknown) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: (...args: Args) => unknown) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: Args) => Promise.all(listeners.map((listener) => listener(...args))),
    count: () => listeners.length,
  };
}
