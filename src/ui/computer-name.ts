import { t } from '../i18n';

interface UserAgentData {
  platform?: string;
  brands?: Array<{ brand: string }>;
}

/** The system, from what the browser says of it; empty when it says nothing HipCheck recognises. */
function system(data: UserAgentData | undefined, agent: string): string {
  if (data?.platform) return data.platform;
  const known: Array<[RegExp, string]> = [
    [/Windows/, 'Windows'],
    [/iPhone|iPad/, 'iOS'],
    [/Mac OS X|Macintosh/, 'macOS'],
    [/CrOS/, 'ChromeOS'],
    [/Android/, 'Android'],
    [/Linux/, 'Linux'],
  ];
  return known.find(([pattern]) => pattern.test(agent))?.[1] ?? '';
}

/** The browser: Firefox from the build, a Chromium browser from the brand it names first that is not a placeholder. */
function browserName(data: UserAgentData | undefined, agent: string): string {
  if (import.meta.env.FIREFOX) return 'Firefox';
  const brands = (data?.brands ?? []).map(({ brand }) => brand).filter((brand) => !/not.?a.?brand/i.test(brand));
  const named = brands.find((brand) => brand !== 'Chromium') ?? brands[0];
  if (named) return named.replace(/^Google /, '');
  return /Edg\//.test(agent) ? 'Edge' : 'Chrome';
}

/** "Chrome on Windows", from what a browser says of itself: its client hints where it gives them, else its user agent. */
export function nameFrom(data: UserAgentData | undefined, agent: string): string {
  const [name, os] = [browserName(data, agent), system(data, agent)];
  return os ? t('computerNameSuggested', [name, os]) : name;
}

/** A name for this computer that the person will recognise in a list of their computers. */
export const suggestedName = () => nameFrom((navigator as { userAgentData?: UserAgentData }).userAgentData, navigator.userAgent);
