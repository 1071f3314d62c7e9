import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLORS, showBadge } from './badge';

/** WCAG's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

beforeEach(() => fakeBrowser.reset());

describe('the badge', () => {
  it('writes its minutes in white, whatever colour the browser would choose for that background', async () => {
    const setTextColor = vi.spyOn(fakeBrowser.action, 'setBadgeTextColor');
    await showBadge({ minutes: 42, tone: 'warning', title: 'HipCheck: 42 min' });
    expect(setTextColor).toHaveBeenCalledWith({ color: '#ffffff' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('42');
    expect(await fakeBrowser.action.getTitle({})).toBe('HipCheck: 42 min');
  });

  it.each(Object.entries(BADGE_COLORS))('keeps white text readable (4.5:1) on the %s colour', (_, color) => {
    expect(contrast('#ffffff', color)).toBeGreaterThanOrEqual(4.5);
  });

  it('still shows minutes, colour and title on a browser that cannot set the text colour (Chrome before 110)', async () => {
    const setTextColor = fakeBrowser.action.setBadgeTextColor;
    delete (fakeBrowser.action as { setBadgeTextColor?: unknown }).setBadgeTextColor;
    try {
      await showBadge({ minutes: 7, tone: 'calm', title: 'HipCheck: 7 min' });
    } finally {
      fakeBrowser.action.setBadgeTextColor = setTextColor;
    }
    expect(await fakeBrowser.action.getBadgeText({})).toBe('7');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x1b, 0x6e, 0x4f, 255]);
    expect(await fakeBrowser.action.getTitle({})).toBe('HipCheck: 7 min');
  });
});
