import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TYPING_SECONDS } from '../../src/core/typing-pause';
import { fakeEvent } from './event';

type IdleState = 'active' | 'idle' | 'locked';

/**
 * fakeBrowser has no idle API; this one remembers the interval and lets a test change the state.
 * Someone active has not necessarily typed in the last few seconds: asked about that short a time
 * (the typing pause's TYPING_SECONDS), an active person reads as idle unless `typing` says so.
 */
export function installIdleFake(initial: IdleState = 'active') {
  const onStateChanged = fakeEvent<[IdleState]>();
  const fake = { state: initial, detectionSeconds: null as number | null, typing: false };
  Object.assign(fakeBrowser.idle, {
    queryState: async (seconds: number) => (fake.state === 'active' && seconds <= TYPING_SECONDS && !fake.typing ? 'idle' : fake.state),
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
