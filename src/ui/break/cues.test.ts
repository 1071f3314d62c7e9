import { chime, speak, voiceFor } from './cues';

/**
 * Puts `value` in place of a browser global for one test. Not vi.stubGlobal: its undo,
 * vi.unstubAllGlobals, also takes away the fake `chrome` and `browser` WXT's test setup stubs, and
 * where test files share modules (vitest.stryker.config.ts) the next file then finds no browser.
 */
function stubForTest(name: string, value: unknown) {
  const had = Object.getOwnPropertyDescriptor(globalThis, name);
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  onTestFinished(() => {
    if (had) Object.defineProperty(globalThis, name, had);
    else Reflect.deleteProperty(globalThis, name);
  });
}

/** Records what chime() schedules on each note: its pitch, its gain envelope and when it plays. */
class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  readonly currentTime = 12;
  readonly destination = { name: 'speakers' };
  readonly notes: Array<{ frequency: number; gain: Array<[string, number, number]>; start?: number; stop?: number; routed: unknown[] }> =
    [];
  closed = false;

  constructor() {
    FakeAudioContext.made.push(this);
  }

  createOscillator() {
    const note = {
      frequency: 0,
      gain: [] as Array<[string, number, number]>,
      routed: [] as unknown[],
    } as FakeAudioContext['notes'][number];
    this.notes.push(note);
    return {
      frequency: {
        set value(hz: number) {
          note.frequency = hz;
        },
      },
      connect: <Node>(gain: Node) => {
        note.routed.push('gain');
        return gain;
      },
      start: (at: number) => {
        note.start = at;
      },
      stop: (at: number) => {
        note.stop = at;
      },
    };
  }

  createGain() {
    const envelope = () => this.notes[this.notes.length - 1]?.gain as Array<[string, number, number]>;
    return {
      gain: {
        setValueAtTime: (value: number, at: number) => envelope().push(['set', value, at]),
        exponentialRampToValueAtTime: (value: number, at: number) => envelope().push(['ramp', value, at]),
      },
      connect: (to: unknown) => this.notes[this.notes.length - 1]?.routed.push(to),
    };
  }

  close() {
    this.closed = true;
    return Promise.resolve();
  }
}

describe('chime', () => {
  beforeEach(() => {
    FakeAudioContext.made = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does nothing where the browser has no Web Audio', () => {
    stubForTest('AudioContext', undefined);
    expect(() => chime()).not.toThrow();
  });

  it('plays 660 Hz then 880 Hz, the second note 0.18 s after the first, each fading in and out', () => {
    stubForTest('AudioContext', FakeAudioContext);
    chime();
    const [context] = FakeAudioContext.made;
    const notes = context?.notes.map(({ frequency, start, stop, gain }) => ({
      frequency,
      start,
      stop,
      gain: gain.map(([kind, value, at]) => [kind, value, Number(at.toFixed(2))]),
    }));
    expect(notes).toEqual([
      {
        frequency: 660,
        start: 12,
        stop: 12.4,
        gain: [
          ['set', 0.0001, 12],
          ['ramp', 0.2, 12.02],
          ['ramp', 0.0001, 12.35],
        ],
      },
      {
        frequency: 880,
        start: 12.18,
        stop: 12.58,
        gain: [
          ['set', 0.0001, 12.18],
          ['ramp', 0.2, 12.2],
          ['ramp', 0.0001, 12.53],
        ],
      },
    ]);
    expect(context?.notes.every((note) => note.routed.at(-1) === context.destination)).toBe(true);
  });

  it('closes its audio context a second later, once both notes have ended', () => {
    vi.useFakeTimers();
    stubForTest('AudioContext', FakeAudioContext);
    chime();
    const [context] = FakeAudioContext.made;
    vi.advanceTimersByTime(999);
    expect(context?.closed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(context?.closed).toBe(true);
  });
});

describe('a voice for the page', () => {
  const voices = [{ lang: 'en-US' }, { lang: 'pt-PT' }, { lang: 'pt-BR' }, { lang: 'de_DE' }, { lang: 'zh-HK' }, { lang: 'zh-TW' }];

  it('is one for the exact language and region first, then any of the same language', () => {
    expect(voiceFor(voices, 'pt-BR')).toEqual({ lang: 'pt-BR' });
    expect(voiceFor(voices, 'pt_BR')).toEqual({ lang: 'pt-BR' });
    expect(voiceFor(voices, 'pt')).toEqual({ lang: 'pt-PT' });
    expect(voiceFor(voices, 'en-GB')).toEqual({ lang: 'en-US' });
    expect(voiceFor(voices, 'de')).toEqual({ lang: 'de_DE' });
  });

  it('is none where the system has no voice for the language, rather than another language’s', () => {
    expect(voiceFor(voices, 'ja')).toBeUndefined();
    expect(voiceFor([], 'en')).toBeUndefined();
    // "es" must not match "en-US" on a shared first letter, nor "e" on anything.
    expect(voiceFor(voices, 'es')).toBeUndefined();
  });

  it('never reads Simplified Chinese with a Cantonese voice', () => {
    expect(voiceFor(voices, 'zh-CN')).toEqual({ lang: 'zh-TW' });
    expect(voiceFor([{ lang: 'zh-HK' }], 'zh-CN')).toBeUndefined();
    expect(voiceFor([{ lang: 'zh-HK' }], 'zh-HK')).toEqual({ lang: 'zh-HK' });
  });
});

describe('speak', () => {
  class FakeUtterance {
    lang = '';
    voice: { lang: string } | null = null;
    constructor(readonly text: string) {}
  }
  const said: Array<{ text: string; lang: string; voice: string | undefined } | 'cancel'> = [];
  const synthWith = (voices: Array<{ lang: string }>) => ({
    cancel: () => said.push('cancel'),
    getVoices: () => voices,
    speak: (utterance: FakeUtterance) => said.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang }),
  });
  const synth = synthWith([{ lang: 'en-US' }, { lang: 'es-ES' }]);

  beforeEach(() => {
    said.length = 0;
  });

  it('stops what was still being said, then says the cue with a voice for the given language', () => {
    stubForTest('speechSynthesis', synth);
    stubForTest('SpeechSynthesisUtterance', FakeUtterance);
    speak('Ponte de pie', 'es');
    expect(said).toEqual(['cancel', { text: 'Ponte de pie', lang: 'es-ES', voice: 'es-ES' }]);
  });

  it('stays silent where the system has no voice for the language (or lists none yet)', () => {
    stubForTest('speechSynthesis', synth);
    stubForTest('SpeechSynthesisUtterance', FakeUtterance);
    speak('Aufstehen', 'de');
    expect(said).toEqual(['cancel']);
    stubForTest('speechSynthesis', synthWith([]));
    speak('Stand up', 'en');
    expect(said).toEqual(['cancel', 'cancel']);
  });

  it('stays silent where the browser has no speech synthesis', () => {
    stubForTest('speechSynthesis', undefined);
    stubForTest('SpeechSynthesisUtterance', FakeUtterance);
    expect(() => speak('Stand up', 'en')).not.toThrow();
    expect(said).toEqual([]);
  });

  it('stays silent where the browser can speak but cannot build an utterance', () => {
    stubForTest('speechSynthesis', synth);
    stubForTest('SpeechSynthesisUtterance', undefined);
    expect(() => speak('Stand up', 'en')).not.toThrow();
    expect(said).toEqual([]);
  });
});
