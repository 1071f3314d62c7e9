import fc from 'fast-check';
import { FC_RUNS, FC_TIMEOUT_MS } from '../../test/arbitraries';
import { sameValue } from './settings';

/** Plain data as settings hold it: small leaves, short arrays, objects over a few keys whose values may be undefined. */
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<unknown>(0, 1, '', 'a', true, false, null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('x', 'y', 'z'), fc.option(tie('value'), { nil: undefined }), { maxKeys: 3 }),
  ),
}));

/** Equal as stored JSON: keys in any order, a key holding undefined the same as no key. */
const canonical = (v: unknown) =>
  JSON.stringify(v, (_key, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([p], [q]) => (p < q ? -1 : 1))) : x,
  );

/** Half the pairs are a value and its copy through JSON (which drops undefined keys), so equal pairs are common. */
const pair = fc.oneof(
  fc.tuple(value, value),
  value.map((v) => [v, JSON.parse(JSON.stringify(v) ?? 'null')] as [unknown, unknown]),
);

describe('whether a setting value changed', () => {
  it(
    'is unchanged exactly when the two values store as the same JSON',
    () => {
      fc.assert(
        fc.property(pair, ([a, b]) => sameValue(a, b) === (canonical(a) === canonical(b))),
        { numRuns: FC_RUNS },
      );
    },
    FC_TIMEOUT_MS,
  );

  it('tells apart values that only look alike', () => {
    expect(sameValue([], {})).toBe(false);
    expect(sameValue({}, [])).toBe(false);
    expect(sameValue([], '')).toBe(false);
    expect(sameValue(['a'], { 0: 'a' })).toBe(false);
    expect(sameValue(1, {})).toBe(false);
    expect(sameValue('a', { 0: 'a' })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue({}, null)).toBe(false);
    expect(sameValue(1, 2)).toBe(false);
    expect(sameValue({ x: 1 }, { x: 1, y: 2 })).toBe(false);
    expect(sameValue({ x: 1, y: 2 }, { x: 1, y: 3 })).toBe(false);
    expect(sameValue({ x: 1, y: undefined }, { x: 1 })).toBe(true);
    expect(sameValue({ x: 1 }, { x: 1, y: undefined })).toBe(true);
    expect(sameValue([{ x: [1, 'a'] }], [{ x: [1, 'a'] }])).toBe(true);
  });
});
