import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeEvent } from './event';

type IdleState = 'active' | 'idle' | 'locked';

/** fakeBrowser has no idle API; this one remembers the interval and lets a test change the state. */
export function installIdleFake(initial: IdleState = 'active') {
  const onStateChanged = fakeEvent<[IdleState]>();
  const fake = { state: initial, detectionSeconds: null as number | null };
  Object.assign(fakeBrowser.idle, {
    queryState: async () => fake.state,
    setDetectionInterval: (seconds: number) => {
      fake.detectionSeconds = seconds;
    },
    onStateChanged,
  });
  return Object.assign(fake, {
    /** Changes the state and waits until every listener has handled it. */
    async change(state: IdleState) {
      fake.state = state;
      await onStateChanged.trigger(state);
    },
    listenerCount: onStateChanged.count,
  });
}
