import type { PauseChoice } from './core/schedule';
import { browser } from './native-browser';
import type { Problem } from './problems';

/** Every action a page can ask of the background; the background is the only writer of the books. */
export type Request =
  | { type: 'break:open' }
  | { type: 'break:done'; startedAt: number; completed: boolean }
  | { type: 'nudge:snooze' }
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  /** Re-read and repair storage now; the popup asks when it meets data it cannot show. */
  | { type: 'repair' }
  /** An export file's text: the background validates it and merges it, or changes nothing. */
  | { type: 'import'; text: string }
  | { type: 'reset' }
  /** A page has shown the person what the background repaired. */
  | { type: 'repairs:seen' };

export type Reply = { ok: true; days?: number } | { ok: false; errors: Problem[] };

export function sendRequest(request: Request): Promise<Reply> {
  return browser.runtime.sendMessage(request) as Promise<Reply>;
}
