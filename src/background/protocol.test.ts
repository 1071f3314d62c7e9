import { requestSchema } from './protocol';

/** A settings patch as the background reads it: refused (null), or the patch it goes on with. */
function patchOf(patch: unknown): unknown {
  const parsed = requestSchema.safeParse({ type: 'settings:update', patch });
  return parsed.success && parsed.data.type === 'settings:update' ? parsed.data.patch : null;
}

describe('a settings patch', () => {
  it('is a plain object, copied key by key in order', () => {
    const patch = { theme: 'dark', 1: 'one', breakIntervalMinutes: 45 };
    expect(patchOf(patch)).toEqual(patch);
    expect(Object.keys(patchOf(patch) as object)).toEqual(['1', 'theme', 'breakIntervalMinutes']);
    expect(patchOf(patch)).not.toBe(patch);
    expect(patchOf({})).toEqual({});
    expect(patchOf(Object.assign(Object.create(null), { theme: 'dark' }))).toEqual({ theme: 'dark' });
    expect(patchOf({ constructor: 5, theme: 'dark' })).toEqual({ constructor: 5, theme: 'dark' });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['text', 'theme'],
    ['a list', [{ theme: 'dark' }]],
    ['a date', new Date()],
    ['a map', new Map([['theme', 'dark']])],
    ['an instance of a class', new (class Patch {})()],
    ['an object with a symbol key', { [Symbol('theme')]: 'dark' }],
  ])('refuses %s', (_, patch) => {
    expect(patchOf(patch)).toBeNull();
  });

  it('leaves out keys that are not its own or not enumerable, so a hidden symbol key is no reason to refuse it', () => {
    const patch = Object.create({ theme: 'dark' });
    patch.voice = true;
    Object.defineProperty(patch, 'chime', { value: true, enumerable: false });
    Object.defineProperty(patch, Symbol('hidden'), { value: 1, enumerable: false });
    expect(patchOf(patch)).toEqual({ voice: true });
    expect(Object.getOwnPropertyNames(patchOf(patch))).toEqual(['voice']);
  });

  it('leaves out an own __proto__ key, which would otherwise read as an unknown setting', () => {
    const patch = patchOf(JSON.parse('{"__proto__": {"theme": "dark"}, "chime": false}')) as object;
    expect(Object.getOwnPropertyNames(patch)).toEqual(['chime']);
    expect(Object.getPrototypeOf(patch)).toBe(Object.prototype);
  });
});
