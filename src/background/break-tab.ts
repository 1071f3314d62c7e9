import { browser } from 'wxt/browser';

/** A tab we opened this recently may not have loaded far enough for getContexts to list it yet. */
const JUST_OPENED_MS = 10_000;

type ContextsRuntime = typeof browser.runtime & {
  getContexts?: (filter: { contextTypes: string[]; documentUrls: string[] }) => Promise<Array<{ tabId: number; windowId: number }>>;
};

/**
 * Opens the break page, reusing one that is already open, and (re)starts its routine. Chrome's
 * runtime.getContexts finds our own tab without the `tabs` permission; the tab opened a moment ago
 * is remembered too, so requests from several places at once open one tab. The caller runs one
 * request at a time.
 */
export function createBreakTabOpener(now: () => number) {
  let lastOpened: { tabId: number; at: number } | null = null;

  async function find(url: string): Promise<{ tabId: number; windowId?: number } | null> {
    const runtime = browser.runtime as ContextsRuntime;
    // Stryker disable next-line ArrowFunction: a failed lookup answering undefined instead of [] finds no tab either way
    const open = await runtime.getContexts?.({ contextTypes: ['TAB'], documentUrls: [url] }).catch(() => []);
    const listed = open?.find((context) => context.tabId >= 0);
    if (listed) return listed;
    if (!lastOpened || now() - lastOpened.at > JUST_OPENED_MS) return null;
    // Stryker disable next-line ArrowFunction: a tab that cannot be read, as null or as undefined, is one to open again
    const tab = await browser.tabs.get(lastOpened.tabId).catch(() => null);
    return tab?.id === undefined ? null : { tabId: tab.id, windowId: tab.windowId };
  }

  return async function openBreakTab(): Promise<void> {
    const url = browser.runtime.getURL('/break.html');
    const existing = await find(url);
    if (existing) {
      await browser.tabs.update(existing.tabId, { active: true, url });
      if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
      return;
    }
    const tab = await browser.tabs.create({ url });
    lastOpened = tab.id === undefined ? null : { tabId: tab.id, at: now() };
  };
}
