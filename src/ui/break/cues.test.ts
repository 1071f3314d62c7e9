import { chime, speak } from './cues';

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
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('does nothing where the browser has no Web Audio', () => {
    vi.stubGlobal('AudioContext', undefined);
    expect(() => chime()).not.toThrow();
  });

  it('plays 660 Hz then 880 Hz, the second note 0.18 s after the first, each fading in and out', () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
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
    vi.stubGlobal('AudioContext', FakeAudioContext);
    chime();
    const [context] = FakeAudioContext.made;
    vi.advanceTimersByTime(999);
    expect(context?.closed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(context?.closed).toBe(true);
  });
});

describe('speak', () => {
  class FakeUtterance {
    lang = '';
    constructor(readonly text: string) {}
  }
  const said: Array<{ text: string; lang: string } | 'cancel'> = [];
  const synth = {
    cancel: () => said.push('cancel'),
    speak: (utterance: FakeUtterance) => said.push({ text: utterance.text, lang: utterance.lang }),
  };

  beforeEach(() => {
    said.length = 0;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('stops what was still being said, then says the cue in the given language', () => {
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    speak('Stand up', 'es');
    expect(said).toEqual(['cancel', { text: 'Stand up', lang: 'es' }]);
  });

  it('stays silent where the browser has no speech synthesis', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    expect(() => speak('Stand up', 'en')).not.toThrow();
    expect(said).toEqual([]);
  });

  it('stays silent where the browser can speak but cannot build an utterance', () => {
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', undefined);
    expect(() => speak('Stand up', 'en')).not.toThrow();
    expect(said).toEqual([]);
  });
});
