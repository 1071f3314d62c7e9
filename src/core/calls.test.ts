import { CALL_SITES, type CallSite, callOrigins, isCallAddress, underOrigin } from './calls';

describe('a call is a tab on a meeting-room address', () => {
  it.each([
    ['Google Meet', 'https://meet.google.com/abc-defg-hij'],
    ['Google Meet', 'https://meet.google.com/abc-defg-hij?authuser=1&pli=1'],
    ['Google Meet', 'https://meet.google.com/lookup/teamstandup'],
    ['Zoom', 'https://app.zoom.us/wc/81234567890/join?fromPWA=1'],
    ['Zoom', 'https://us02web.zoom.us/wc/join/812345678'],
    ['Zoom', 'https://zoom.us/wc/8123456789/start'],
    ['Microsoft Teams', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4%40thread.v2/0?context=%7b%7d'],
    ['Microsoft Teams', 'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_NjA4@thread.v2/0'],
    ['Microsoft Teams', 'https://teams.cloud.microsoft/_#/modern-calling/'],
    ['Microsoft Teams', 'https://teams.live.com/meet/9387654321098?p=AbCdEf'],
    ['Microsoft Teams', 'https://teams.microsoft.com/v2/?meetingjoin=true'],
    ['Webex', 'https://acme.webex.com/meet/jdoe'],
    ['Webex', 'https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef'],
    ['Webex', 'https://acme.webex.com/wbxmjs/joinservice/sites/acme/meeting/download/0123abcd'],
    ['Webex', 'https://acme.webex.com/webappng/sites/acme/meeting/info/0123abcd'],
    ['Jitsi Meet', 'https://meet.jit.si/WeeklyHipCheckReview'],
    ['Jitsi Meet', 'https://meet.jit.si/WeeklyHipCheckReview#config.startWithAudioMuted=true'],
    ['Whereby', 'https://whereby.com/design-crit'],
    ['Whereby', 'https://acme.whereby.com/standup/'],
  ])('%s: %s', (_site, address) => {
    expect(isCallAddress(address)).toBe(true);
  });

  it.each([
    // Home pages, sign-in and settings of the same sites.
    'https://meet.google.com/',
    'https://meet.google.com/landing?authuser=0',
    'https://meet.google.com/abc-defg-hijk',
    'https://zoom.us/',
    'https://app.zoom.us/wc/home',
    'https://zoom.us/j/81234567890',
    'https://zoom.us/wc/1234/join',
    'https://teams.microsoft.com/v2/',
    'https://teams.microsoft.com/_#/conversations/General?threadId=19:abc',
    'https://teams.microsoft.com/v2/?meetingjoin=false',
    'https://acme.webex.com/',
    'https://acme.webex.com/meet/',
    'https://meet.jit.si/',
    'https://meet.jit.si/static/close.html',
    'https://meet.jit.si/favicon.ico',
    'https://meet.jit.si/Room/extra',
    'https://whereby.com/',
    'https://whereby.com/information/pricing',
    'https://whereby.com/user',
    'https://whereby.com/Login',
    // A room's shape further down another page's path.
    'https://meet.google.com/landing/abc-defg-hij',
    'https://zoom.us/docs/wc/812345678/join',
    'https://teams.microsoft.com/help/l/meetup-join/19%3ameeting_NjA4',
    'https://teams.live.com/help/meet/9387654321098',
    'https://acme.webex.com/support/meet/jdoe',
    // The right shape on the wrong host, or not over HTTPS.
    'https://example.com/abc-defg-hij',
    'https://meet.google.com.example.net/abc-defg-hij',
    'https://notzoom.us/wc/812345678/join',
    'http://meet.google.com/abc-defg-hij',
    'https://evilwebex.com/meet/jdoe',
    // Not an address at all.
    'not a url',
    '',
    undefined,
  ])('not a call: %s', (address) => {
    expect(isCallAddress(address)).toBe(false);
  });

  it.each([
    ['https://meet.jit.si', ['static', 'libs', 'sounds', 'images', 'css', 'fonts', 'lang']],
    ['https://whereby.com', ['information', 'user', 'org', 'login', 'signup', 'embed']],
  ])('not a call: the pages of %s named like a room', (site, pages) => {
    for (const page of pages) expect(isCallAddress(`${site}/${page}`), page).toBe(false);
    expect(isCallAddress(`${site}/${pages.join('-')}`)).toBe(true);
  });
});

describe('match patterns', () => {
  const url = (address: string) => new URL(address);

  it('match the host itself and, with *., its subdomains, on any port, over the pattern scheme only', () => {
    expect(underOrigin('https://*.zoom.us/*', url('https://zoom.us/x'))).toBe(true);
    expect(underOrigin('https://*.zoom.us/*', url('https://us02web.zoom.us/x'))).toBe(true);
    expect(underOrigin('https://meet.jit.si/*', url('https://sub.meet.jit.si/x'))).toBe(false);
    expect(underOrigin('http://127.0.0.1/*', url('http://127.0.0.1:8123/meet/x'))).toBe(true);
    expect(underOrigin('http://127.0.0.1/*', url('https://127.0.0.1/meet/x'))).toBe(false);
  });

  it('refuse a pattern of another shape rather than guess', () => {
    expect(underOrigin('<all_urls>', url('https://meet.jit.si/x'))).toBe(false);
    expect(underOrigin('https://meet.jit.si/room/*', url('https://meet.jit.si/room/x'))).toBe(false);
    expect(underOrigin('https://meet.jit.si/*/room', url('https://meet.jit.si/x/room'))).toBe(false);
    expect(underOrigin('xhttps://meet.jit.si/*', url('https://meet.jit.si/x'))).toBe(false);
  });

  it('are the permissions asked for: every site has one, each of the shape understood', () => {
    const origins = callOrigins();
    expect(origins).toHaveLength(CALL_SITES.reduce((sum, site) => sum + site.origins.length, 0));
    for (const origin of origins) expect(origin).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    expect(CALL_SITES.map((site) => site.name)).toEqual(['Google Meet', 'Zoom', 'Microsoft Teams', 'Webex', 'Jitsi Meet', 'Whereby']);
  });

  it('serve a stand-in site as they serve the real ones', () => {
    const standIn: CallSite = { name: 'Local', origins: ['http://127.0.0.1/*'], isRoom: (u) => u.pathname.startsWith('/room/') };
    expect(isCallAddress('http://127.0.0.1:4173/room/1', [standIn])).toBe(true);
    expect(isCallAddress('http://127.0.0.1:4173/', [standIn])).toBe(false);
    expect(callOrigins([standIn])).toEqual(['http://127.0.0.1/*']);
  });
});
