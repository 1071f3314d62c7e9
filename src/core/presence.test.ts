import { presenceSignal } from './presence';

describe('presence with sound playing', () => {
  it('keeps an idle person sitting while a tab is audible, when the setting is on', () => {
    expect(presenceSignal('idle', true, { audioKeepsSitting: true })).toBe('active');
  });

  it('lets idle through without sound, or with the setting off', () => {
    expect(presenceSignal('idle', false, { audioKeepsSitting: true })).toBe('idle');
    expect(presenceSignal('idle', true, { audioKeepsSitting: false })).toBe('idle');
  });

  it('never holds a locked screen', () => {
    expect(presenceSignal('locked', true, { audioKeepsSitting: true })).toBe('locked');
  });
});
