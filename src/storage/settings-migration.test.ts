import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../core/settings';
import { parseSettings } from './parse';
import { settingsV2 } from './settings-migration';

/** Settings as version 1 wrote them after any save: every key, the natural break at its old default. */
const { lockedBreakMinutes: _, ...allV1Keys } = { ...DEFAULT_SETTINGS, naturalBreakMinutes: 2, breakIntervalMinutes: 45 };

describe('settings from version 1', () => {
  it('move the old default natural break of 2 minutes to the new default of 5, keeping every other setting', () => {
    expect(settingsV2(allV1Keys)).toEqual({ ...allV1Keys, naturalBreakMinutes: 5 });
  });

  it('keep a natural break the person changed, as the no-input length', () => {
    for (const minutes of [1, 3, 5, 30])
      expect(settingsV2({ ...allV1Keys, naturalBreakMinutes: minutes })).toEqual({ ...allV1Keys, naturalBreakMinutes: minutes });
  });

  it('take the lock length at its default, and leave an unstored natural break to its new default', () => {
    expect(parseSettings(settingsV2(allV1Keys)).value).toMatchObject({ lockedBreakMinutes: 1, naturalBreakMinutes: 5 });
    expect(settingsV2({ theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(parseSettings(settingsV2({ theme: 'dark' })).value).toMatchObject({ lockedBreakMinutes: 1, naturalBreakMinutes: 5 });
  });

  it('leave what is not valid as it was, for the reader to report and repair', () => {
    for (const raw of [null, 'settings', [2], { naturalBreakMinutes: '2' }, { naturalBreakMinutes: 2.5 }])
      expect(settingsV2(raw)).toBe(raw);
    expect(parseSettings(settingsV2({ naturalBreakMinutes: '2' })).problems).toHaveLength(1);
  });
});

describe('stored settings, when a page or the worker first loads version 2', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Each test loads the modules afresh: the migration runs when the item is defined.
    vi.resetModules();
  });

  const load = async () => (await import('./items')).settingsItem;

  it('are migrated once, and marked version 2', async () => {
    await fakeBrowser.storage.sync.set({ settings: allV1Keys, settings$: { v: 1 } });
    const item = await load();
    expect(await item.getValue()).toEqual({ ...allV1Keys, naturalBreakMinutes: 5 });
    expect(await item.getMeta()).toEqual({ v: 2 });
  });

  it('treat settings with no version mark as version 1', async () => {
    await fakeBrowser.storage.sync.set({ settings: allV1Keys });
    expect(await (await load()).getValue()).toEqual({ ...allV1Keys, naturalBreakMinutes: 5 });
  });

  it('keep a natural break of 2 chosen after the migration: only version 1 values are migrated', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...allV1Keys, naturalBreakMinutes: 2, lockedBreakMinutes: 4 }, settings$: { v: 2 } });
    expect(await (await load()).getValue()).toMatchObject({ naturalBreakMinutes: 2, lockedBreakMinutes: 4 });
  });

  it('start a new install at version 2, so its first save is never migrated', async () => {
    const item = await load();
    await item.setValue({ ...DEFAULT_SETTINGS, naturalBreakMinutes: 2 });
    expect(await item.getMeta()).toEqual({ v: 2 });
    vi.resetModules();
    expect(await (await load()).getValue()).toMatchObject({ naturalBreakMinutes: 2 });
  });
});
