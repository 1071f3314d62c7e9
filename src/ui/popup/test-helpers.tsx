import { act, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settle } from '../../../test/fixtures/pages';
import type { EngineState } from '../../core/engine';
import { EMPTY_DAY } from '../../core/history';
import { INITIAL_NUDGES, type NudgeState } from '../../core/nudges';
import type { Settings } from '../../core/settings';
import type { Request } from '../../messages';
import { Popup } from './Popup';

/* The popup's tests share one morning, one way to seed storage as the background leaves it, and one way to press. */

export const MIN = 60_000;
/** Wednesday 10 June 2026, 10:00 local time. */
export const NOW = new Date(2026, 5, 10, 10, 0).getTime();
export const TODAY = '2026-06-10';

/** An active bout that started `minutes` ago, counted by the background up to now. */
export function sittingFor(minutes: number): EngineState {
  const since = NOW - minutes * MIN;
  return { presence: { kind: 'active', since }, lastSignalAt: NOW, bout: { startedAt: since, spans: [[since, NOW]] } };
}

interface Seed {
  engine?: unknown;
  history?: Record<string, Partial<typeof EMPTY_DAY>>;
  nudges?: Partial<NudgeState>;
  settings?: Partial<Settings>;
}

export async function seed({ engine, history, nudges, settings }: Seed) {
  const days = Object.fromEntries(Object.entries(history ?? {}).map(([day, stats]) => [day, { ...EMPTY_DAY, ...stats }]));
  await fakeBrowser.storage.local.set({
    ...(engine ? { engine } : {}),
    history: days,
    history$: { v: 2 },
    ...(nudges ? { nudges: { ...INITIAL_NUDGES, ...nudges } } : {}),
  });
  if (settings) await fakeBrowser.storage.sync.set({ settings });
}

export async function openPopup() {
  render(<Popup />);
  await settle();
}

export function captureRequests(): Request[] {
  const sent: Request[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message as Request);
    return undefined;
  });
  return sent;
}

export const text = (testId: string) => screen.getByTestId(testId).textContent;
/** The value a term names in today's tally of breaks and bouts. */
export const tally = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
export const press = (name: string | RegExp) =>
  act(() => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
