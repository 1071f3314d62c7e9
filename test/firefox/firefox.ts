import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The event-page build `npm run build:firefox` writes (HIPCHECK_FIREFOX_EXTENSION_DIR points elsewhere). */
export const FIREFOX_EXTENSION_DIR =
  process.env.HIPCHECK_FIREFOX_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));
/** Debian's Firefox ESR: never let a tool download its own browser. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'hipcheck@hipcheck.app';
/**
 * How long the event page may sit idle before Firefox suspends it. Firefox's default is 30 s; a short
 * one lets the test watch a suspension and a wake within a few seconds.
 */
export const BACKGROUND_IDLE_TIMEOUT_MS = 2_000;

/** BackgroundContextOwner's states in Firefox (ext-backgroundPage.js). */
export type BackgroundState = 'starting' | 'running' | 'suspending' | 'stopped';

/** The raw WebDriver BiDi connection puppeteer-core holds for Firefox (not part of its public types). */
interface BidiConnection {
  send(method: string, params: object, timeout?: number): Promise<{ result: unknown }>;
}

type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id Firefox reported for the temporary install. */
  addonId: string;
  /** The per-profile host of the add-on's pages: `moz-extension://<uuid>/`. */
  extensionOrigin: string;
  /** The add-on's background state as Firefox's parent process keeps it. */
  backgroundState(): Promise<BackgroundState | 'none'>;
  /** Opens `moz-extension://<uuid>/<path>` in a new tab and returns an evaluator for that page. */
  openPage(path: string): Promise<ExtensionPage>;
  /** Closes Firefox; puppeteer removes its temporary profile. */
  close(): Promise<void>;
}

export interface ExtensionPage {
  /**
   * Evaluates `expression` (may be a promise) in the page, where the extension API is `browser`, and
   * returns its value through JSON.
   */
  evaluate<T>(expression: string): Promise<T>;
  /**
   * Clicks the element `selector` finds with the mouse, as a person would (BiDi input actions): an event
   * Firefox treats as user input, which `permissions.request` needs.
   */
  click(selector: string): Promise<void>;
}

/** Polls `read` every `intervalMs` until `done` accepts its value; fails after `timeoutMs` with what it saw last. */
export async function pollUntil<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 15_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${timeoutMs} ms; last seen ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Launches headless Firefox ESR through puppeteer-core (WebDriver BiDi), installs the build as a
 * temporary add-on (BiDi `webExtension.install`) and finds its moz-extension:// origin.
 *
 * `--remote-allow-system-access` is what makes the add-on observable: without it, BiDi refuses to
 * navigate to moz-extension:// URLs and shows no privileged ("chrome") contexts, and the event page
 * itself is never a BiDi realm. With it, the test evaluates in the browser window's privileged scope
 * to read the add-on's origin and background state, and in a real extension page to call the
 * extension API.
 */
export async function launchFirefox({
  extensionDir = FIREFOX_EXTENSION_DIR,
  timeoutMs = 30_000,
}: {
  extensionDir?: string;
  /** Bound on the browser launch and on every protocol command. */
  timeoutMs?: number;
} = {}): Promise<LaunchedFirefox> {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No Firefox build at ${extensionDir}: run \`npm run build:firefox\` before \`npm run test:firefox\`.`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: install Debian's (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    timeout: timeoutMs,
    protocolTimeout: timeoutMs,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.background.idle.timeout': BACKGROUND_IDLE_TIMEOUT_MS,
      // Optional permissions are granted without the prompt headless Firefox cannot answer; a request
      // still has to come from user input.
      'extensions.webextOptionalPermissionPrompts': false,
      // Nothing here may reach the network.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });

  try {
    const connection = (browser as unknown as { connection: BidiConnection }).connection;

    const evaluateIn = async <T>(context: string, expression: string): Promise<T> => {
      const { result } = await connection.send('script.evaluate', {
        target: { context },
        expression: `(async () => JSON.stringify(await (${expression})) ?? 'null')()`,
        awaitPromise: true,
        resultOwnership: 'none',
      });
      const evaluated = result as EvaluateResult;
      if (evaluated.type === 'exception') throw new Error(`${expression} threw: ${evaluated.exceptionDetails.text}`);
      return JSON.parse(String(evaluated.result.value)) as T;
    };

    // The privileged browser window (browser.xhtml): Firefox's parent process, where the add-on manager lives.
    const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const chromeContext = (tree as { contexts: { context: string; url: string }[] }).contexts.find((c) =>
      c.url.startsWith('chrome://browser/'),
    )?.context;
    if (!chromeContext) throw new Error(`No privileged browser window to evaluate in: ${JSON.stringify(tree)}`);
    const inChrome = <T>(expression: string) => evaluateIn<T>(chromeContext, expression);

    const addonId = await browser.installExtension(extensionDir);
    const host = await inChrome<string | null>(`WebExtensionPolicy.getByID(${JSON.stringify(addonId)})?.mozExtensionHostname ?? null`);
    if (!host) throw new Error(`Firefox reports no running add-on ${addonId} after installing it`);
    const extensionOrigin = `moz-extension://${host}/`;

    return {
      browser,
      addonId,
      extensionOrigin,
      backgroundState: () =>
        inChrome<BackgroundState | 'none'>(
          `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs')` +
            `.ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)})?.backgroundState ?? 'none'`,
        ),
      async openPage(path) {
        const { result } = await connection.send('browsingContext.create', { type: 'tab' });
        const { context } = result as { context: string };
        await connection.send('browsingContext.navigate', { context, url: extensionOrigin + path.replace(/^\//, ''), wait: 'complete' });
        const evaluate = <T>(expression: string) => evaluateIn<T>(context, expression);
        return {
          evaluate,
          async click(selector) {
            const at = await evaluate<{ x: number; y: number } | null>(
              `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null; ` +
                `el.scrollIntoView({ block: 'center', behavior: 'instant' }); const r = el.getBoundingClientRect(); ` +
                `return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) }; })()`,
            );
            if (!at) throw new Error(`Nothing to click at ${selector}`);
            await connection.send('input.performActions', {
              context,
              actions: [
                {
                  type: 'pointer',
                  id: 'mouse',
                  parameters: { pointerType: 'mouse' },
                  actions: [
                    { type: 'pointerMove', x: at.x, y: at.y },
                    { type: 'pointerDown', button: 0 },
                    { type: 'pointerUp', button: 0 },
                  ],
                },
              ],
            });
          },
        };
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}
