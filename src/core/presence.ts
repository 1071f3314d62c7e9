import type { Settings } from './settings';

export type IdleState = 'active' | 'idle' | 'locked';

/**
 * What the engine should hear when the system reports `reported`. Idle while a tab plays sound
 * (a film, a call) is still sitting when the setting says so; a locked screen always counts.
 */
export function presenceSignal(reported: IdleState, audible: boolean, settings: Pick<Settings, 'audioKeepsSitting'>): IdleState {
  return reported === 'idle' && audible && settings.audioKeepsSitting ? 'active' : reported;
}
