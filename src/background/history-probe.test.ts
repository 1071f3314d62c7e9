import { countOn, dayOf, type History, pruneHistory } from '../core/history';
import { historyProbe } from './history-probe';

describe('the history probe', () => {
  it('is left unnoticed by code that only passes it along', () => {
    const probe = historyProbe();
    const books = { history: probe.history };
    const copy = { ...books };
    expect(copy.history === probe.history).toBe(true);
    expect(probe.looked()).toBe(false);
  });

  it.each([
    ['a day read', (h: History) => dayOf(h, '2026-06-10')],
    ['a day counted', (h: History) => countOn(h, '2026-06-10', 'nudges')],
    ['a spread', (h: History) => ({ ...h })],
    ['its days listed', (h: History) => pruneHistory(h)],
    ['a day looked up with in', (h: History) => '2026-06-10' in h],
  ])('notices %s', (_, use) => {
    const probe = historyProbe();
    use(probe.history);
    expect(probe.looked()).toBe(true);
  });
});
