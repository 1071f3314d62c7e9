/**
 * A private X display for the browser tests that need real input: headless Chromium always reports
 * the system as active, while headful Chromium on Xvfb sees the pointer moves xdotool makes and the
 * X server's screen saver, so chrome.idle turns idle, locked and active as it does at a desk.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Each program the real-input tests start, with the Debian package that has it. */
const X11_TOOLS = [
  { program: 'Xvfb', aptPackage: 'xvfb' },
  { program: 'xdotool', aptPackage: 'xdotool' },
  { program: 'xset', aptPackage: 'x11-xserver-utils' },
] as const;

/** The apt command that installs every X11 tool the real-input tests use. */
export const X11_INSTALL = `apt-get install -y ${X11_TOOLS.map((tool) => tool.aptPackage).join(' ')}`;

const onPath = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;

/** Throws, naming the apt packages, when a program the real-input tests need is not installed. */
export function requireX11Tools(): void {
  const missing = X11_TOOLS.filter((tool) => !onPath(tool.program));
  if (missing.length === 0) return;
  throw new Error(
    `The real-input browser test needs ${missing.map((tool) => `${tool.program} (apt package ${tool.aptPackage})`).join(', ')}, ` +
      `which ${missing.length === 1 ? 'is' : 'are'} not installed: run \`${X11_INSTALL}\`.`,
  );
}

export interface VirtualScreen {
  /** The display name for DISPLAY, e.g. ":3". */
  display: string;
  /** Moves the pointer to a new place (real input, as far as the X server knows); resolves with the clock once it has. */
  moveMouse(): Promise<number>;
  /**
   * Turns on the X server's own screen saver, which Chromium reports as a locked screen; the next
   * input turns it off again. Resolves with the clock just before and just after the request.
   */
  lockScreen(): Promise<{ from: number; to: number }>;
  /** Stops Xvfb and waits for it to exit. */
  close(): Promise<void>;
}

/**
 * Starts Xvfb on the first free display (Xvfb picks it and reports it through -displayfd, so
 * parallel runs on one machine do not collide) and resolves once it accepts connections.
 */
export async function startXvfb({ timeoutMs = 15_000 } = {}): Promise<VirtualScreen> {
  requireX11Tools();
  // The screen saver's own timeout is off (-s 0): the screen is locked only when a test says so.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '-noreset', '-s', '0'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => xvfb.once('exit', () => resolve()));
  let stderr = '';
  xvfb.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  const displayFd = xvfb.stdio[3] as Readable;

  const display = await new Promise<string>((resolve, reject) => {
    let written = '';
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const fail = (why: string) =>
      settle(() => {
        xvfb.kill();
        reject(new Error(`Xvfb did not start: ${why}${stderr ? `; it said: ${stderr.trim()}` : ''}`));
      });
    const timer = setTimeout(() => fail(`no display within ${timeoutMs} ms`), timeoutMs);
    displayFd.on('data', (chunk) => {
      written += chunk;
      const match = /^(\d+)\n/.exec(written);
      if (match) settle(() => resolve(`:${match[1]}`));
    });
    xvfb.once('exit', (code, signal) => fail(`it exited (${signal ?? `code ${code}`})`));
    xvfb.once('error', (error) => fail(error.message));
  });

  const env = { ...process.env, DISPLAY: display };
  let moves = 0;
  return {
    display,
    async moveMouse() {
      // Each move goes somewhere new: a move to where the pointer already is is no input at all.
      moves++;
      await run('xdotool', ['mousemove', String(100 + (moves % 10) * 97), String(100 + (moves % 7) * 83)], { env });
      return Date.now();
    },
    async lockScreen() {
      const from = Date.now();
      await run('xset', ['s', 'activate'], { env });
      return { from, to: Date.now() };
    },
    async close() {
      if (xvfb.exitCode === null && xvfb.signalCode === null) xvfb.kill();
      await exited;
    },
  };
}
