import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBreakTabOpener } from './break-tab';

const BREAK_URL = 'chrome-extension://test-extension-id/break.html';
const T0 = new Date(2026, 5, 10, 9).getTime();

type Context = { tabId: number; windowId: number };

/** Chrome's runtime.getContexts, which fakeBrowser lacks, listing `contexts` (or failing). */
function listContexts(contexts: Context[] | Error) {
  const getContexts = vi.fn(async (_filter: { contextTypes: string[]; documentUrls: string[] }) => {
    if (contexts instanceof Error) throw contexts;
    return contexts;
  });
  Object.assign(fakeBrowser.runtime, { getContexts });
  return getContexts;
}

/** A break tab already open in a window of its own. */
async function openInOwnWindow() {
  const window = await fakeBrowser.windows.create({});
  const tab = await fakeBrowser.tabs.create({ windowId: window.id, url: BREAK_URL });
  return { tabId: tab.id as number, windowId: window.id as number };
}

const breakTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === BREAK_URL);

let tabsCreate: ReturnType<typeof vi.spyOn>;
let tabsUpdate: ReturnType<typeof vi.spyOn>;
let windowsUpdate: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  tabsCreate = vi.spyOn(fakeBrowser.tabs, 'create');
  tabsUpdate = vi.spyOn(fakeBrowser.tabs, 'update');
  windowsUpdate = vi.spyOn(fakeBrowser.windows, 'update');
});
afterEach(() => {
  delete (fakeBrowser.runtime as { getContexts?: unknown }).getContexts;
  vi.useRealTimers();
});

describe('opening the break page', () => {
  it("asks the browser for HipCheck's own break page open in a tab", async () => {
    const getContexts = listContexts([]);
    await createBreakTabOpener(Date.now)();
    expect(getContexts).toHaveBeenCalledWith({ contextTypes: ['TAB'], documentUrls: [BREAK_URL] });
  });

  it('opens a new tab on the break page when none is open', async () => {
    listContexts([]);
    await createBreakTabOpener(Date.now)();
    expect(tabsCreate).toHaveBeenCalledWith({ url: BREAK_URL });
    expect(await breakTabs()).toHaveLength(1);
    expect(tabsUpdate).not.toHaveBeenCalled();
  });

  it('brings an open break tab to the front, restarting its routine, and raises its window', async () => {
    const open = await openInOwnWindow();
    listContexts([open]);
    tabsCreate.mockClear();
    await createBreakTabOpener(Date.now)();
    expect(tabsCreate).not.toHaveBeenCalled();
    expect(tabsUpdate).toHaveBeenCalledWith(open.tabId, { active: true, url: BREAK_URL });
    expect(windowsUpdate).toHaveBeenCalledWith(open.windowId, { focused: true });
    expect(await breakTabs()).toHaveLength(1);
  });

  it('takes a listed tab whatever its id, and passes over a page that is in no tab (id -1)', async () => {
    // Chrome's contract: tabId -1 means "not in a tab"; every other id is a tab's, 0 included.
    listContexts([
      { tabId: -1, windowId: -1 },
      { tabId: 0, windowId: 0 },
    ]);
    tabsCreate.mockClear();
    await createBreakTabOpener(Date.now)();
    expect(tabsUpdate).toHaveBeenCalledWith(0, { active: true, url: BREAK_URL });
    expect(windowsUpdate).toHaveBeenCalledWith(0, { focused: true });
    expect(tabsCreate).not.toHaveBeenCalled();
  });

  it('opens a new tab when the only break page listed is in no tab', async () => {
    listContexts([{ tabId: -1, windowId: -1 }]);
    await createBreakTabOpener(Date.now)();
    expect(tabsUpdate).not.toHaveBeenCalled();
    expect(tabsCreate).toHaveBeenCalledWith({ url: BREAK_URL });
  });

  it('still opens the break page when the browser cannot list its pages', async () => {
    listContexts(new Error('getContexts failed'));
    await createBreakTabOpener(Date.now)();
    expect(tabsCreate).toHaveBeenCalledWith({ url: BREAK_URL });
  });
});

describe('a second request soon after the first', () => {
  // A tab opened a moment ago may not have loaded far enough for getContexts to list it.

  it('within 10 s focuses the tab opened a moment ago instead of opening another', async () => {
    listContexts([]);
    const openBreakTab = createBreakTabOpener(Date.now);
    await openBreakTab();
    const [opened] = await breakTabs();
    vi.advanceTimersByTime(3000);
    await openBreakTab();
    expect(await breakTabs()).toHaveLength(1);
    expect(tabsUpdate).toHaveBeenCalledWith(opened?.id, { active: true, url: BREAK_URL });
    expect(windowsUpdate).toHaveBeenCalledWith(opened?.windowId, { focused: true });
  });

  it('exactly 10 s later still counts as a moment ago', async () => {
    listContexts([]);
    const openBreakTab = createBreakTabOpener(Date.now);
    await openBreakTab();
    vi.advanceTimersByTime(10_000);
    await openBreakTab();
    expect(tabsCreate).toHaveBeenCalledTimes(1);
    expect(await breakTabs()).toHaveLength(1);
  });

  it('over 10 s later trusts the browser: a tab it does not list is gone, so a new one opens', async () => {
    listContexts([]);
    const openBreakTab = createBreakTabOpener(Date.now);
    await openBreakTab();
    vi.advanceTimersByTime(10_001);
    await openBreakTab();
    expect(tabsCreate).toHaveBeenCalledTimes(2);
    expect(tabsUpdate).not.toHaveBeenCalled();
  });

  it('opens a new tab when the one opened a moment ago has been closed since', async () => {
    listContexts([]);
    const openBreakTab = createBreakTabOpener(Date.now);
    await openBreakTab();
    // Chrome's tabs.get rejects for a tab that is gone.
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 1.'));
    await openBreakTab();
    expect(tabsCreate).toHaveBeenCalledTimes(2);
  });

  it('focuses only the tab when its window is not known', async () => {
    listContexts([]);
    const openBreakTab = createBreakTabOpener(Date.now);
    await openBreakTab();
    const [opened] = await breakTabs();
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...(opened as Browser.tabs.Tab), windowId: undefined as unknown as number });
    await openBreakTab();
    expect(tabsUpdate).toHaveBeenCalledWith(opened?.id, { active: true, url: BREAK_URL });
    expect(windowsUpdate).not.toHaveBeenCalled();
  });

  it('opens a new tab when the first one came back without an id to remember', async () => {
    listContexts([]);
    tabsCreate.mockResolvedValueOnce({ index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 0 });
    // Chrome checks the arguments before it makes a promise: tabs.get(undefined) throws at once.
    const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((tabId) => {
      if (typeof tabId !== 'number') throw new TypeError('Error in invocation of tabs.get(integer tabId)');
      return get(tabId);
    });
    const openBreakTab = createBreakTabOpener(Date.now);
    await openBreakTab();
    await openBreakTab();
    expect(tabsCreate).toHaveBeenCalledTimes(2);
  });
});

describe('on a browser without runtime.getContexts', () => {
  it('opens the break page, and reuses the tab it opened a moment ago', async () => {
    const openBreakTab = createBreakTabOpener(Date.now);
    await openBreakTab();
    vi.advanceTimersByTime(5000);
    await openBreakTab();
    expect(await breakTabs()).toHaveLength(1);
    expect(tabsUpdate).toHaveBeenCalledTimes(1);
  });
});
