import fc from 'fast-check';
import { FC_RUNS, FC_TIMEOUT_MS } from '../../test/arbitraries';
import { CALL_SITES, isCallAddress, underOrigin } from './calls';

describe('any address', { timeout: FC_TIMEOUT_MS }, () => {
  it('is never a call off the call sites, and never on a site home page', () => {
    const hosts = fc.oneof(
      fc.domain(),
      fc.constantFrom('meet.google.com', 'zoom.us', 'app.zoom.us', 'teams.microsoft.com', 'acme.webex.com', 'meet.jit.si', 'whereby.com'),
    );
    fc.assert(
      fc.property(hosts, fc.webPath(), fc.webQueryParameters(), (host, path, query) => {
        const address = `https://${host}${path}${query ? `?${query}` : ''}`;
        const onSite = CALL_SITES.some((site) => site.origins.some((origin) => underOrigin(origin, new URL(address))));
        if (!onSite) expect(isCallAddress(address)).toBe(false);
        expect(isCallAddress(`https://${host}/`)).toBe(false);
      }),
      { numRuns: FC_RUNS },
    );
  });
});
