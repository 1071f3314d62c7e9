import { nameFrom } from './computer-name';

const WINDOWS_CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const MAC_EDGE =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0';

describe('the name suggested for a computer', () => {
  it('names the browser and the system the browser reports', () => {
    const brands = [{ brand: 'Not=A?Brand' }, { brand: 'Chromium' }, { brand: 'Google Chrome' }];
    expect(nameFrom({ platform: 'Windows', brands }, WINDOWS_CHROME)).toBe('Chrome on Windows');
    expect(nameFrom({ platform: 'Linux', brands: [{ brand: 'Chromium' }, { brand: 'Not_A Brand' }] }, '')).toBe('Chromium on Linux');
    expect(nameFrom({ platform: 'macOS', brands: [{ brand: 'Microsoft Edge' }, { brand: 'Chromium' }] }, MAC_EDGE)).toBe(
      'Microsoft Edge on macOS',
    );
  });

  it('reads the user agent where the browser gives no client hints', () => {
    expect(nameFrom(undefined, WINDOWS_CHROME)).toBe('Chrome on Windows');
    expect(nameFrom(undefined, MAC_EDGE)).toBe('Edge on macOS');
    expect(nameFrom(undefined, 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) Chrome/140.0.0.0')).toBe('Chrome on ChromeOS');
    expect(nameFrom(undefined, 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0.0.0')).toBe('Chrome on Linux');
    expect(nameFrom(undefined, 'Something else')).toBe('Chrome');
  });

  it('says Firefox in the Firefox build', () => {
    vi.stubEnv('FIREFOX', true as never);
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    expect(nameFrom(undefined, 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe('Firefox on Linux');
  });
});
