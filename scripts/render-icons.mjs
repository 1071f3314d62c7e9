// Renders assets/icon.svg to the PNG sizes the stores ask for, using the system Chromium (no new deps).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url);
const svg = await readFile(new URL('assets/icon.svg', root), 'utf8');
const outDir = new URL('public/icon/', root);
await mkdir(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const size of [16, 32, 48, 96, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg', `<svg width="${size}" height="${size}" style="display:block"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await writeFile(new URL(`${size}.png`, outDir), await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
