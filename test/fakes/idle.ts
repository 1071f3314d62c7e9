import { fakeBrowser } from 'wxt/testing/fake-browser';

type IdleState = 'active' | 'idle' | 'locked';
type Listener = (state: IdleState) => unknown;

/** fakeBrowser has no idle API; this one remembers the interval and lets a test change the state. */
export function installIdleFake(initial: IdleState = 'active') {
  const listeners: Listener[] = [];
  const fake = { state: initial, detectionSeconds: null as number | null };
  Object.assign(fakeBrowser.idle, {
    queryState: async () => fake.state,
    setDetectionInterval: (seconds: number) => {
      fake.detectionSeconds = seconds;
    },
    onStateChanged: {
      addListener: (listener: Listener) => listeners.push(listener),
      removeListener: (listener: Listener) => listeners.splice(listeners.indexOf(listener), 1),
      hasListener: (listener: Listener) => listeners.includes(listener),
      hasListeners: () => listeners.length > 0,
    },
  });
  return Object.assign(fake, {
    /** Changes the state and waits until every listener has handled it. */
    async change(state: IdleState) {
      fake.state = state;
      await Promise.all(listeners.map((listener) => listener(state)));
    },
    listenerCount: () => listeners.length,
  });
}
