/**
 * Video-call sites whose open calls hold nudges, when the person turns that on. A call is a tab on a
 * meeting-room address: the site's home page, settings or a chat is not a call, so each site says
 * which of its addresses are rooms. `origins` are the host permissions HipCheck asks for, as match
 * patterns; the browser shows HipCheck a tab's address only on those hosts.
 */
export interface CallSite {
  name: string;
  origins: readonly string[];
  isRoom: (url: URL) => boolean;
}

/** One path segment that is not a file (no dot) and not one of the site's own pages. */
const oneSegmentRoom = (notRooms: readonly string[]) => (url: URL) => {
  const segment = /^\/([^/.]+)\/?$/.exec(url.pathname)?.[1];
  return segment !== undefined && !notRooms.includes(segment.toLowerCase());
};

export const CALL_SITES: readonly CallSite[] = [
  // Meeting codes are three, four and three letters: meet.google.com/abc-defg-hij; /lookup/ resolves a nickname to one.
  {
    name: 'Google Meet',
    origins: ['https://meet.google.com/*'],
    isRoom: (url) => /^\/([a-z]{3}-[a-z]{4}-[a-z]{3}|lookup\/[^/]+)\/?$/.test(url.pathname),
  },
  // The web client: /wc/<meeting id>/join or /start, or /wc/join/<meeting id>. /j/<id> only hands over to the desktop app.
  { name: 'Zoom', origins: ['https://*.zoom.us/*'], isRoom: (url) => /^\/wc\/(join\/)?\d{9,11}(\/|$)/.test(url.pathname) },
  {
    name: 'Microsoft Teams',
    origins: ['https://teams.microsoft.com/*', 'https://teams.cloud.microsoft/*', 'https://teams.live.com/*'],
    // Teams is one app for chat and calls: a meeting shows in the join link's path, or in the app's hash or query once joined.
    isRoom: (url) =>
      /^\/(l\/meetup-join\/|meet\/\d)/.test(url.pathname) ||
      /(meetup-join|pre-join-calling|modern-calling)/.test(url.hash) ||
      url.searchParams.get('meetingjoin') === 'true',
  },
  {
    name: 'Webex',
    origins: ['https://*.webex.com/*'],
    // A personal room (/meet/<name>), a join link (j.php), and the web app's join and meeting pages.
    isRoom: (url) => /^\/(meet\/[^/]+|[^/]+\/j\.php|wbxmjs\/joinservice\/|webappng\/sites\/[^/]+\/meeting\/)/.test(url.pathname),
  },
  // meet.jit.si/<room>; after hanging up Jitsi shows /static/close.html.
  {
    name: 'Jitsi Meet',
    origins: ['https://meet.jit.si/*'],
    isRoom: oneSegmentRoom(['static', 'libs', 'sounds', 'images', 'css', 'fonts', 'lang']),
  },
  // whereby.com/<room>, or <team>.whereby.com/<room>; the rest of the site lives under a few words of its own.
  {
    name: 'Whereby',
    origins: ['https://*.whereby.com/*'],
    isRoom: oneSegmentRoom(['information', 'user', 'org', 'login', 'signup', 'embed']),
  },
];

/** Whether `url` lies under a match pattern of the form scheme://host/* or scheme://*.host/* (ports aside, as the browser's). */
export function underOrigin(pattern: string, url: URL): boolean {
  const match = /^(https?):\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
  if (!match || url.protocol !== `${match[1]}:`) return false;
  const [, , anySubdomain, host] = match;
  return url.hostname === host || (anySubdomain !== undefined && url.hostname.endsWith(`.${host}`));
}

/** Whether a tab at `address` is in a call on one of `sites`. Anything that is not a web address is not. */
export function isCallAddress(address: string | undefined, sites: readonly CallSite[] = CALL_SITES): boolean {
  if (!address) return false;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  return sites.some((site) => site.origins.some((origin) => underOrigin(origin, url)) && site.isRoom(url));
}

export const callOrigins = (sites: readonly CallSite[] = CALL_SITES): string[] => sites.flatMap((site) => site.origins);
