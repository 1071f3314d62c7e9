import fc from 'fast-check';
import { preview, shorten } from './preview';

const nested = (depth: number, wrap: (inner: unknown) => unknown) => {
  let value: unknown = 0;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};

describe('quoting a value in a problem', () => {
  it('reads like JSON for small values', () => {
    expect(preview('neon')).toBe('"neon"');
    expect(preview(500)).toBe('500');
    expect(preview({ start: 540, end: 'x' })).toBe('{"start":540,"end":"x"}');
    expect(preview([1, null, true])).toBe('[1,null,true]');
    expect(preview(undefined)).toBe('undefined');
  });

  it('survives arrays and objects nested far deeper than the stack allows', () => {
    expect(preview(nested(10_000, (inner) => [inner]))).toBe('[[[[…]]]]');
    expect(preview(nested(100_000, (inner) => ({ a: inner })))).toBe('{"a":{"a":{"a":{…}}}}');
  });

  it('stays short for huge strings, arrays and keys', () => {
    expect(preview('x'.repeat(5_000_000))).toHaveLength(40);
    expect(
      preview(
        Array.from({ length: 1_000_000 }, (_, i) => i),
        20,
      ),
    ).toBe('[0,1,2,3,4,5,6,7,8,…');
    expect(preview({ ['k'.repeat(1_000)]: 1 }).length).toBeLessThanOrEqual(40);
  });

  it('never throws, whatever the value', () => {
    const hostile = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(preview(hostile)).toBe('…');
    expect(preview(Symbol('s'))).toBe('symbol');
    expect(preview(10n)).toBe('10n');
    fc.assert(fc.property(fc.anything(), fc.integer({ min: 1, max: 80 }), (value, max) => preview(value, max).length <= max));
  });

  it('shortens text with an ellipsis only when something was left off', () => {
    expect(shorten('2026-06-10', 10)).toBe('2026-06-10');
    expect(shorten('2026-06-10x', 10)).toBe('2026-06-1…');
  });
});
