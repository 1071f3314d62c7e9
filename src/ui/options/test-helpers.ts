import { act, fireEvent, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installIdleFake } from '../../../test/fakes/idle';
import { startBackground } from '../../background';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { Reply, Request } from '../../messages';
import { settingsItem } from '../../storage/items';

/** Shared by the options and welcome tests: storage, messages and form input, the way a person uses them. */

export async function storedSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...((await settingsItem.getValue()) as Partial<Settings> | null) };
}

/** The real background, answering the page's requests over fakeBrowser as it would in the browser. */
export function runBackground() {
  installIdleFake('active');
  return startBackground({ log: () => {} });
}

/** Counts writes to sync storage, the quota-limited area settings live in. */
export function spyOnSyncWrites() {
  return vi.spyOn(fakeBrowser.storage.sync, 'set');
}

/** Stands in for the background: records each request and answers with `reply`, which may arrive later. */
export function answerRequests(reply: Reply | ((request: Request) => Reply | Promise<Reply>)) {
  const received: Request[] = [];
  fakeBrowser.runtime.onMessage.addListener(((request: Request) => {
    received.push(request);
    return Promise.resolve(typeof reply === 'function' ? reply(request) : reply);
  }) as never);
  return received;
}

export function type(element: HTMLElement, value: string) {
  act(() => {
    fireEvent.input(element, { target: { value } });
  });
}

export function typeAndLeave(element: HTMLElement, value: string) {
  type(element, value);
  act(() => {
    fireEvent.blur(element);
  });
}

export function click(element: HTMLElement) {
  act(() => {
    fireEvent.click(element);
  });
}

export function numberInput(label: string | RegExp): HTMLInputElement {
  return screen.getByRole('spinbutton', { name: label }) as HTMLInputElement;
}

/** The element ids an input's aria-describedby points at, read as their text. */
export function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
