import { local, MIN } from '../../test/timeline';
import { TYPING_WAIT_MS, typingWait } from './typing-pause';

const DUE = local(2026, 6, 10, 10, 20);

describe('a nudge due while the person types', () => {
  it('comes at once when they are not typing, whether or not it waited', () => {
    expect(typingWait(null, DUE, false)).toBeNull();
    expect(typingWait(DUE, DUE + MIN, false)).toBeNull();
  });

  it('waits from the first tick that finds them typing', () => {
    expect(typingWait(null, DUE, true)).toBe(DUE);
    expect(typingWait(DUE, DUE + MIN, true)).toBe(DUE);
  });

  it('comes anyway two minutes after it first waited, not a millisecond earlier', () => {
    expect(TYPING_WAIT_MS).toBe(2 * MIN);
    expect(typingWait(DUE, DUE + 2 * MIN - 1, true)).toBe(DUE);
    expect(typingWait(DUE, DUE + 2 * MIN, true)).toBeNull();
    expect(typingWait(DUE, DUE + 3 * MIN, true)).toBeNull();
  });

  it('starts the wait over when it is dated after now (the clock set back), rather than waiting for that date', () => {
    expect(typingWait(DUE + 60 * MIN, DUE, true)).toBe(DUE);
  });
});
