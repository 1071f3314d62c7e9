import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';

/** The unpacked build `npm run build` writes (HIPCHECK_EXTENSION_DIR points elsewhere). */
export const EXTENSION_DIR = process.env.HIPCHECK_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
/** Debian's Chromium: never let a tool download its own browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What an extension page has as `chrome`, for typing `page.evaluate` callbacks without declaring a
 * global for the whole project: `const { chrome } = globalThis as unknown as ExtensionGlobals;`.
 */
export interface ExtensionGlobals {
  chrome: typeof Browser;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The worker as first started. After a stop, `evaluate` on it hangs: evaluate from an extension page instead. */
  worker: Worker;
  /** Opens `chrome-extension://<id>/<path>` in a new tab. */
  openPage(path: string, options?: { viewport?: Viewport }): Promise<Page>;
  /** Closes the browser and removes the temporary profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Bound on the browser launch and on the worker's first start. */
  timeoutMs?: number;
  /**
   * An X display (e.g. from `startXvfb`) to run Chromium headful on, for tests of real input: headless
   * Chromium always reports the system as active, so chrome.idle never changes state there.
   */
  display?: string;
  /** The browser's language (BCP 47), which picks the extension's messages and the pages' Intl formats. */
  locale?: string;
  /**
   * Starts with the extension's notifications turned off, as a person does in the browser's settings:
   * chrome.notifications.getPermissionLevel() then answers 'denied'.
   */
  blockNotifications?: boolean;
}

/**
 * An unpacked extension's id, which Chromium derives from its directory: the first 128 bits of the
 * path's SHA-256, each hex digit written as a letter from a to p.
 */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** The profile preference behind the notification switch of the extension's settings. */
function blockNotificationsIn(profileDir: string, extensionDir: string): void {
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  const preferences = { message_center: { disabled_extension_ids: [unpackedExtensionId(extensionDir)] } };
  writeFileSync(join(profileDir, 'Default', 'Preferences'), JSON.stringify(preferences));
}

/**
 * The environment for Chromium: its language (on Linux Chromium takes the language of its own UI, and
 * so the extension's messages, from LANGUAGE; `locale` alone changes only what pages are told) and, for
 * a headful Chromium, `display`.
 */
function browserEnv(display: string | undefined, locale: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env.LANGUAGE = locale.replace('-', '_');
  if (display === undefined) return env;
  env.DISPLAY = display;
  // Chromium asks a desktop's D-Bus screen-saver service for the lock state before the X server:
  // without the bus, the display the test drives is the only thing that can lock the screen.
  delete env.DBUS_SESSION_BUS_ADDRESS;
  return env;
}

/**
 * Launches Chromium (headless, or headful on `display`) on a fresh profile with the built extension
 * loaded and waits for its service worker.
 */
export async function launchExtension({
  extensionDir = EXTENSION_DIR,
  timeoutMs = 30_000,
  display,
  locale = 'en-US',
  blockNotifications = false,
}: LaunchOptions = {}): Promise<LaunchedExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` before \`npm run test:e2e\`.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }

  const profileDir = mkdtempSync(join(tmpdir(), 'hipcheck-e2e-'));
  const removeProfile = () => rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  if (blockNotifications) blockNotificationsIn(profileDir, extensionDir);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: display === undefined,
      env: browserEnv(display, locale),
      // Fixes navigator.language and chrome.i18n.getUILanguage(), so the popup's Intl output is predictable.
      locale,
      timeout: timeoutMs,
      args: [
        // Playwright always passes --disable-extensions; this exception is what lets ours load.
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--lang=${locale}`,
        // These tests run as root, where Chromium refuses to start sandboxed.
        '--no-sandbox',
      ],
    });
  } catch (error) {
    removeProfile();
    throw error;
  }

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } finally {
      removeProfile();
    }
  };

  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  let worker: Worker;
  try {
    worker =
      context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: timeoutMs }));
  } catch (error) {
    await close();
    throw new Error(`The extension's service worker did not start within ${timeoutMs} ms (is ${extensionDir} a valid MV3 build?)`, {
      cause: error,
    });
  }
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    async openPage(path, { viewport } = {}) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    close,
  };
}

export type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

export interface ServiceWorkerControl {
  /** The last runningStatus CDP reported for the extension's worker. */
  status(): RunningStatus | undefined;
  /**
   * Stops all service workers and resolves once the extension's is reported stopped. Returns a mark
   * to pass to `waitForStatus`, so only what happens after the stop counts.
   */
  stopAll(timeoutMs?: number): Promise<number>;
  /**
   * Resolves when the worker is reported in `status` by an event after the mark `after` (default 0: any
   * event so far, the first being the status at `enable`). Resolves with the mark just past that event.
   */
  waitForStatus(status: RunningStatus, options?: { after?: number; timeoutMs?: number }): Promise<number>;
  /** Detaches the CDP session. */
  dispose(): Promise<void>;
}

/**
 * Watches and stops the extension's service worker through CDP, on a session of one of its pages
 * (`ServiceWorker.enable` reports the current status at once, then every change).
 */
export async function controlServiceWorkers(page: Page, extensionId: string): Promise<ServiceWorkerControl> {
  const scope = `chrome-extension://${extensionId}/`;
  const session = await page.context().newCDPSession(page);
  const seen: RunningStatus[] = [];
  const waiters = new Set<() => void>();
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(scope)) continue;
      seen.push(version.runningStatus);
      for (const wake of waiters) wake();
    }
  });
  await session.send('ServiceWorker.enable');

  const waitForStatus: ServiceWorkerControl['waitForStatus'] = (status, { after = 0, timeoutMs = 15_000 } = {}) =>
    new Promise<number>((resolve, reject) => {
      const check = () => {
        const index = seen.indexOf(status, after);
        if (index < 0) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(index + 1);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`The service worker was not reported '${status}' within ${timeoutMs} ms; statuses seen: ${seen.join(' → ')}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    status: () => seen.at(-1),
    async stopAll(timeoutMs = 15_000) {
      const mark = seen.length;
      if (seen.at(-1) === 'stopped') return mark;
      await session.send('ServiceWorker.stopAllWorkers');
      return waitForStatus('stopped', { after: mark, timeoutMs });
    },
    waitForStatus,
    async dispose() {
      await session.detach().catch(() => {});
    },
  };
}

/**
 * Resolves with the first open page of the extension whose path is `path` (e.g. a tab the extension
 * opened itself with tabs.create), polling `context.pages()` until `timeoutMs`.
 */
export async function waitForExtensionPage(
  { context, extensionId }: Pick<LaunchedExtension, 'context' | 'extensionId'>,
  path: string,
  { timeoutMs = 10_000, exclude = [] }: { timeoutMs?: number; exclude?: readonly Page[] } = {},
): Promise<Page> {
  const url = `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((candidate) => !exclude.includes(candidate) && candidate.url().split(/[?#]/)[0] === url);
    if (page) return page;
    if (Date.now() > deadline) {
      const open = context.pages().map((candidate) => candidate.url());
      throw new Error(`No page at ${url} within ${timeoutMs} ms; open pages: ${open.join(', ') || 'none'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
