const RADIUS = 54;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A ring that empties as the phase runs out; the number inside is what screen readers get. */
export function Countdown({ remainingMs, totalMs, label }: { remainingMs: number; totalMs: number; label: string }) {
  const fraction = totalMs > 0 ? Math.min(1, Math.max(0, remainingMs / totalMs)) : 0;
  const seconds = Math.ceil(remainingMs / 1000);
  return (
    <div class="countdown" role="timer" aria-label={label}>
      <svg viewBox="0 0 120 120" aria-hidden="true">
        <circle class="countdown__track" cx="60" cy="60" r={RADIUS} />
        <circle
          class="countdown__bar"
          cx="60"
          cy="60"
          r={RADIUS}
          stroke-dasharray={CIRCUMFERENCE}
          stroke-dashoffset={CIRCUMFERENCE * (1 - fraction)}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <span class="countdown__number" data-testid="seconds-left">
        {seconds}
      </span>
    </div>
  );
}
