import preact from '@preact/preset-vite';
import { createLogger } from 'vite';
import { defineConfig } from 'wxt';
import { localeNames, mergedMessages } from './scripts/locales';
import { callOrigins } from './src/core/calls';

/**
 * zod places `@__PURE__` notes where Rollup cannot use them, and Rollup says so while WXT loads the
 * entrypoints: about twenty lines a build that a newcomer reads as errors. The notes are only dropped,
 * the output is the same. This logger leaves out exactly that message, for zod's files only.
 */
function quietAboutZodAnnotations() {
  const logger = createLogger('warn');
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    if (/contains an annotation that Rollup cannot interpret/.test(message) && /node_modules[\\/]zod[\\/]/.test(message)) return;
    warn(message, options);
  };
  return logger;
}

/**
 * `npm run build:call-stand-in` sets this to a match pattern for a local page that stands in for a call
 * site in the browser test (src/call-sites.ts). That build goes to its own folder, and grants every
 * call site up front: headless Chromium cannot click the permission prompt, and a request for what is
 * already granted resolves without one. Every other build defines it as '', so the stand-in is dropped.
 */
const CALL_STAND_IN = process.env.WXT_CALL_STAND_IN ?? '';
const CALL_ORIGINS = CALL_STAND_IN ? [...callOrigins(), CALL_STAND_IN] : callOrigins();

/** Pages opened often enough that loading one file instead of several shared chunks is worth a build each. */
const OWN_BUILD = ['popup', 'history', 'options'];

export default defineConfig({
  ...(CALL_STAND_IN ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-call-stand-in' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: {
      // Extension pages support modulepreload natively; Vite's polyfill would be the only fetch() in the build.
      modulePreload: { polyfill: false },
      // Terser's two passes ship about 5 % less than esbuild's minifier (the worker 31.6 -> 30.0 KB gzip),
      // for a few seconds more a build: the worker and the popup have size budgets, and every byte loads.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, ecma: 2020 },
    },
    define: { 'import.meta.env.WXT_CALL_STAND_IN': JSON.stringify(CALL_STAND_IN) },
    customLogger: quietAboutZodAnnotations(),
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'idle', 'storage', 'notifications'],
    // Asked for only when the person turns on "hold nudges while a video call is open" (Firefox reads
    // optional_host_permissions in MV3 from 128 on; HipCheck needs 140).
    optional_host_permissions: CALL_ORIGINS,
    ...(CALL_STAND_IN ? { host_permissions: CALL_ORIGINS } : {}),
    commands: {
      'start-break': { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_cmdStartBreak__' },
      'toggle-pause': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdTogglePause__' },
      'toggle-standing': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdToggleStanding__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hipcheck@hipcheck.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // entrypoints/history/ is HipCheck's own statistics page; WXT would read that name as a
    // replacement for the browser's History page (chrome_url_overrides.history).
    'entrypoints:found': (_wxt, infos) => {
      for (const info of infos) if (info.name === 'history') info.type = 'unlisted-page';
    },
    // The popup, history and options pages each get a build of their own: WXT builds all pages in one
    // Rollup run, which splits what they share into chunks each page loads as separate files (the popup
    // six, options five); alone, each is one script and one stylesheet, plus what it imports on demand.
    'entrypoints:grouped': (_wxt, groups) => {
      const pages = groups.find((group) => Array.isArray(group) && group.length > 1 && group.some((entry) => entry.type === 'popup'));
      if (!Array.isArray(pages)) return;
      for (const name of OWN_BUILD) {
        const at = pages.findIndex((entry) => entry.name === name);
        if (at >= 0) groups.push(pages.splice(at, 1));
      }
    },
    'build:publicAssets': (_wxt, files) => {
      for (const locale of localeNames()) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(mergedMessages(locale)) });
      }
    },
  },
  zip: {
    // Mozilla's sources zip holds only what a reviewer needs to rebuild the Firefox package: an allowlist,
    // written as exclusions because WXT has no other way to say it. WXT itself also leaves out hidden files,
    // node_modules, .output and *.test.* files. `@(!(…))` is `!(…)` that WXT does not read as a negation.
    excludeSources: [
      // Every top-level file but these…
      '@(!(package.json|package-lock.json|wxt.config.ts|README.md|LICENSE))',
      // …and every folder but these (tests, bench, artifacts, coverage, logs, web-ext-artifacts, assets, …).
      '@(!(src|entrypoints|locales|public|scripts))/**',
      // Of scripts/, only what wxt.config.ts imports.
      'scripts/!(locales.ts)',
      '**/*.log',
    ],
  },
});
