import { problem } from '../problems';
import { readImportReceipt } from './items';
import { readRepairs } from './records';

describe("an import's receipt", () => {
  const report = { added: 2, updated: 1, unchanged: 0, outsideRetention: 0, settings: ['theme'] };

  it('is the report stored under the id the page sent', () => {
    expect(readImportReceipt({ id: 'a', report }, 'a')).toEqual(report);
  });

  it('is nothing when its settings are not a list', () => {
    expect(readImportReceipt({ id: 'a', report: { ...report, settings: 'theme' } }, 'a')).toBeNull();
  });

  it('is nothing when any count is missing or not a whole number', () => {
    expect(readImportReceipt({ id: 'a', report: { ...report, updated: 1.5 } }, 'a')).toBeNull();
    const { outsideRetention: _, ...withoutOne } = report;
    expect(readImportReceipt({ id: 'a', report: withoutOne }, 'a')).toBeNull();
  });
});

describe('the repairs a page shows', () => {
  it('are the stored problems, anything else left out', () => {
    expect(readRepairs([problem('problem_historyUnreadable'), 'junk', { subs: [] }])).toEqual([problem('problem_historyUnreadable')]);
  });

  it('are ten at most', () => {
    expect(readRepairs(Array(12).fill(problem('problem_historyUnreadable')))).toHaveLength(10);
  });
});
