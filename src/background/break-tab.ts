import { browser } from 'wxt/browser';

/**
 * Opens the break page, reusing one that is already open, and (re)starts its routine. Chrome's
 * runtime.getContexts finds our own tab without the `tabs` permission; where it is missing, a new
 * tab opens.
 */
export async function openBreakTab(): Promise<void> {
  const url = browser.runtime.getURL('/break.html');
  const runtime = browser.runtime as typeof browser.runtime & {
    getContexts?: (filter: { contextTypes: string[]; documentUrls: string[] }) => Promise<Array<{ tabId: number; windowId: number }>>;
  };
  const open = await runtime.getContexts?.({ contextTypes: ['TAB'], documentUrls: [url] }).catch(() => []);
  const existing = open?.find((context) => context.tabId >= 0);
  if (existing) {
    await browser.tabs.update(existing.tabId, { active: true, url });
    await browser.windows.update(existing.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}
