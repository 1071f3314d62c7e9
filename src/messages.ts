import type { PauseChoice } from './core/schedule';
import type { Settings } from './core/settings';
import type { Posture } from './core/standing';
import { browser } from './native-browser';
import type { Problem } from './problems';

/** Every action a page can ask of the background; the background is the only writer of the books. */
export type Request =
  | { type: 'break:open' }
  | { type: 'break:done'; startedAt: number; completed: boolean }
  | { type: 'nudge:snooze' }
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  /** "In a meeting" (held) until the next half hour or so, or the meeting is over early. */
  | { type: 'meeting'; held: boolean }
  /** The person says they stand or sit (a sit-stand desk); saying what is already so changes nothing. */
  | { type: 'posture'; posture: Posture }
  /** A page has told the person that standing ended by itself. */
  | { type: 'posture:seen' }
  /** Re-read and repair storage now; the popup asks when it meets data it cannot show. */
  | { type: 'repair' }
  /** An export file's text: the background validates it and merges it, or changes nothing. */
  | { type: 'import'; text: string; id: string }
  | { type: 'reset' }
  /**
   * The settings a person changed, and only those: the background applies them on top of what is
   * stored, one request at a time, so two pages saving at once never undo each other.
   */
  | { type: 'settings:update'; patch: Partial<Settings> }
  /** A page has shown the person what the background repaired. */
  | { type: 'repairs:seen' }
  /** Share this computer's sitting with the person's other computers, or stop and take its records out of sync; or rename it. */
  | { type: 'sharing'; on?: boolean; name?: string }
  /** Take a computer the person no longer uses out of sync. */
  | { type: 'computer:forget'; id: string };

/** What an import changed: settings by key, days by what happened to them. */
export interface ImportReport {
  settings: Array<keyof Settings>;
  added: number;
  updated: number;
  unchanged: number;
  /** Days in the file older than the two years HipCheck keeps. */
  outsideRetention: number;
}

export type Reply =
  | { ok: true; changed?: Array<keyof Settings>; imported?: ImportReport }
  /** Never an empty list: a refusal always says why. */
  | { ok: false; errors: Problem[] };

export function sendRequest(request: Request): Promise<Reply> {
  return browser.runtime.sendMessage(request) as Promise<Reply>;
}
