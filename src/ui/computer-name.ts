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

/** A name for this computer that the person will recognise in a list of their computers: "Chrome on Windows". */
export function suggestedName(data = (navigator as { userAgentData?: UserAgentData }).userAgentData, agent = navigator.userAgent): string {
  const [name, os] = [browserName(data, agent), system(data, agent)];
  return os ? t('computerNameSuggested', [name, os]) : name;
}
