import { standInSite, WATCHED_ORIGINS, WATCHED_SITES } from './call-sites';
import { CALL_SITES, callOrigins, isCallAddress } from './core/calls';

describe('the call sites a build watches', () => {
  it('are exactly the real ones outside the browser test build', () => {
    expect(WATCHED_SITES).toBe(CALL_SITES);
    expect(WATCHED_ORIGINS).toEqual(callOrigins());
  });

  it("take a local stand-in's rooms under /meet/ as calls, and its home page not", () => {
    const sites = [...CALL_SITES, standInSite('http://127.0.0.1/*')];
    expect(isCallAddress('http://127.0.0.1:40123/meet/room-1', sites)).toBe(true);
    expect(isCallAddress('http://127.0.0.1:40123/', sites)).toBe(false);
    expect(isCallAddress('http://127.0.0.1:40123/meeting', sites)).toBe(false);
    expect(isCallAddress('http://127.0.0.1:40123/meet/room-1', CALL_SITES)).toBe(false);
  });
});
