import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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

  it('asks for exactly alarms, idle, storage and notifications, and no hosts', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
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

describe('builds present', () => {
  it('has the Chrome build', () => {
    expect(BUILDS).toContain('chrome-mv3');
  });
});
