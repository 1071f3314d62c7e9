import { afterFirstPaint, FIRST_FRAME_WAIT_MS } from './use-first-frame';

type Entries = { getEntriesByName(name: string): unknown[] };

/** A PerformanceObserver that reports what a test tells it to, and says whether it knows paints. */
function fakeObserver(types: string[]) {
  const made: FakeObserver[] = [];
  class FakeObserver {
    static supportedEntryTypes = types;
    observed: unknown[] = [];
    disconnected = false;
    constructor(readonly report: (list: Entries) => void) {
      made.push(this);
    }
    observe(options: unknown) {
      this.observed.push(options);
    }
    disconnect() {
      this.disconnected = true;
    }
    paint(...names: string[]) {
      this.report({ getEntriesByName: (name) => names.filter((n) => n === name) });
    }
  }
  return { Observer: FakeObserver as unknown as typeof PerformanceObserver, made };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('after the first paint', () => {
  it('goes on at once where the browser does not report paints', () => {
    const then = vi.fn();
    afterFirstPaint(then, fakeObserver(['mark', 'measure']).Observer);
    expect(then).toHaveBeenCalledOnce();
    afterFirstPaint(then, undefined);
    expect(then).toHaveBeenCalledTimes(2);
  });

  it('waits for the first contentful paint, reported ones included, and goes on once', () => {
    const { Observer, made } = fakeObserver(['paint']);
    const then = vi.fn();
    afterFirstPaint(then, Observer);
    const [observer] = made;
    expect(observer?.observed).toEqual([{ type: 'paint', buffered: true }]);
    // The background's paint is not the content on screen.
    observer?.paint('first-paint');
    vi.advanceTimersByTime(FIRST_FRAME_WAIT_MS - 1);
    expect(then).not.toHaveBeenCalled();
    observer?.paint('first-paint', 'first-contentful-paint');
    expect(then).toHaveBeenCalledOnce();
    expect(observer?.disconnected).toBe(true);
    vi.advanceTimersByTime(FIRST_FRAME_WAIT_MS);
    observer?.paint('first-contentful-paint');
    expect(then).toHaveBeenCalledOnce();
  });

  it('goes on after FIRST_FRAME_WAIT_MS when no paint is reported (a tab opened in the background)', () => {
    const { Observer, made } = fakeObserver(['paint', 'element']);
    const then = vi.fn();
    afterFirstPaint(then, Observer);
    vi.advanceTimersByTime(FIRST_FRAME_WAIT_MS - 1);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledOnce();
    expect(made[0]?.disconnected).toBe(true);
    made[0]?.paint('first-contentful-paint');
    expect(then).toHaveBeenCalledOnce();
  });

  it('does nothing once cancelled (the page went away first)', () => {
    const { Observer, made } = fakeObserver(['paint']);
    const then = vi.fn();
    const cancel = afterFirstPaint(then, Observer);
    cancel();
    expect(made[0]?.disconnected).toBe(true);
    made[0]?.paint('first-contentful-paint');
    vi.advanceTimersByTime(FIRST_FRAME_WAIT_MS);
    expect(then).not.toHaveBeenCalled();
  });
});
