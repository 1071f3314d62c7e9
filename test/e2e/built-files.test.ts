import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALL_ORIGINS } from '../fixtures/call-origins';

const OUTPUT = fileURLToPath(new URL('../../.output/', import.meta.url));
const BUILDS = ['chrome-mv3', 'firefox-mv3'].filter((dir) => existsSync(join(OUTPUT, dir, 'manifest.json')));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Code that could run something not shipped in the package, or reach the network. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['an alias of Function', /=\s*Function\s*[;,)]/],
  ['a remote script', /<script[^>]+src=["']?(https?:)?\/\//i],
  ['importScripts', /\bimportScripts\s*\(/],
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['a remote import', /\bimport\s*\(\s*["']https?:/],
];

describe.each(BUILDS)('the %s build', (build) => {
  const dir = join(OUTPUT, build);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('asks for exactly alarms, idle, storage and notifications, and no hosts but the call sites, optionally', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(CALL_ORIGINS);
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  // The browser test's build adds a local page as a call site (src/call-sites.ts); a shipped one must not.
  it('holds no stand-in call site', () => {
    const offenders = files(dir)
      .filter((file) => /\.(js|json)$/.test(file))
      .filter((file) => /Local stand-in|127\.0\.0\.1|WXT_CALL_STAND_IN/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps the default content security policy', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it.each(FORBIDDEN)('contains no %s', (_, pattern) => {
    const offenders = files(dir)
      .filter((file) => /\.(js|html)$/.test(file))
      .filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

/** The scripts and stylesheets a page's HTML loads before it can run. */
function pageFiles(dir: string, page: string): { scripts: string[]; classic: string[]; styles: string[] } {
  const html = readFileSync(join(dir, page), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
  ].map((match) => match[1] as string);
  const classic = [...html.matchAll(/<script src="\/([^"]+)"/g)].map((match) => match[1] as string);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g)].map((match) => match[1] as string);
  return { scripts, classic, styles };
}

describe.each(BUILDS)('the pages of the %s build', (build) => {
  const dir = join(OUTPUT, build);

  // Shared chunks cost each open a request and a module per chunk; these pages are built alone. A classic
  // script in <head> holds the parser until it is fetched and run: one that started the popup's storage
  // read early did not bring the "Sitting today" number to the screen sooner (README, Architecture).
  it.each(['popup.html', 'history.html', 'options.html'])('%s loads one module and one stylesheet, and no classic script', (page) => {
    const { scripts, classic, styles } = pageFiles(dir, page);
    expect(scripts).toHaveLength(1);
    expect(classic).toEqual([]);
    expect(styles).toHaveLength(1);
  });

  it('options loads the export, import and reset code only after its first frame, on its own', () => {
    const [entry] = pageFiles(dir, 'options.html').scripts;
    const code = readFileSync(join(dir, entry as string), 'utf8');
    const onDemand = /import\("\.\/(DataParts-[\w-]+\.js)"\)/.exec(code)?.[1];
    expect(onDemand).toBeDefined();
    // Message keys survive minification: the parts' own texts are in their chunk, not in the entry.
    expect(code).not.toContain('"exportJson"');
    expect(readFileSync(join(dir, 'chunks', onDemand as string), 'utf8')).toContain('"exportJson"');
  });
});

describe('builds present', () => {
  it('has the Chrome build', () => {
    expect(BUILDS).toContain('chrome-mv3');
  });
});
