import fc from 'fast-check';
import { FC_RUNS, FC_TIMEOUT_MS } from '../../test/arbitraries';
import { MIN } from '../../test/timeline';
import { meetingHoldEnd } from './meeting';

// 2000 to 2100: local times older than that may be a town's mean time, seconds off any half hour.
const instantArb = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });

describe('a meeting hold, begun at any instant', { timeout: FC_TIMEOUT_MS }, () => {
  it('ends a minute after a local :00 or :30 at least ten minutes away, the first such one', () => {
    fc.assert(
      fc.property(instantArb, (at) => {
        const end = meetingHoldEnd(at);
        const halfHour = end - MIN;
        const local = new Date(end);
        expect([local.getMinutes() % 30, local.getSeconds(), local.getMilliseconds()]).toEqual([1, 0, 0]);
        expect(halfHour - at).toBeGreaterThanOrEqual(10 * MIN);
        // The first: the half hour before it was under ten minutes away (or not ahead at all).
        expect(halfHour - 30 * MIN - at).toBeLessThan(10 * MIN);
        expect(end).toBeGreaterThan(at);
      }),
      { numRuns: FC_RUNS },
    );
  });
});
