import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readabilityWithoutDebugLog } from './scripts/build/strip-debug-log';
import { INJECTED_SCRIPT, minifiedInjectedScript } from './scripts/build/minify-injected-script';
import { MODEL_FILE, nerModelAsFile } from './scripts/build/model-file';
import { NER_MODEL_TEXT } from './lib/language/ner/model-data';

/** Size goals (issue 5): the script injected on click, and the whole Chrome zip. */
const INJECTED_GOAL_BYTES = 64 * 1024;
const ZIP_GOAL_BYTES = 3 * 1024 * 1024;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Any site's host permission is optional: it is asked for only when the user turns on
 * "always open in reader" for that site (options page). Nothing is granted at install.
 */
const OPTIONAL_SITES = ['*://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No auto-imports: `browser` and `storage` are never invisible globals, and lib/ stays free of them.
  imports: false,
  vite: () => ({
    plugins: [preact(), readabilityWithoutDebugLog(), minifiedInjectedScript(), nerModelAsFile()],
  }),
  hooks: {
    // The entity model as a file of the extension, read by the worker when it first needs it.
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ relativeDest: MODEL_FILE, contents: NER_MODEL_TEXT });
    },
    // Printed on every build and zip, so the sizes the README quotes can be checked by anyone.
    'build:done': (wxt) => {
      const file = join(wxt.config.outDir, INJECTED_SCRIPT);
      const bytes = readFileSync(file);
      const verdict = bytes.length <= INJECTED_GOAL_BYTES ? 'within' : 'OVER';
      console.log(
        `size: injected script ${INJECTED_SCRIPT} ${kb(bytes.length)} minified (${kb(gzipSync(bytes).length)} gzipped), ` +
          `${verdict} the ${kb(INJECTED_GOAL_BYTES)} goal`,
      );
    },
    'zip:extension:done': (wxt, zipPath) => {
      const bytes = statSync(zipPath).size;
      const verdict = bytes <= ZIP_GOAL_BYTES ? 'within' : 'OVER';
      console.log(`size: ${wxt.config.browser} zip ${zipPath.split('/').pop()} ${kb(bytes)}, ${verdict} the ${kb(ZIP_GOAL_BYTES)} goal`);
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Lede',
    description: 'The clean story, its summary and its key actors — on your own device.',
    // activeTab + scripting: the engine is injected only into the tab the user clicked on.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPTIONAL_SITES }
      : { optional_permissions: OPTIONAL_SITES }),
    action: { default_title: 'Lede: summarise this story' },
    commands: {
      // MV2 (Firefox) names the toolbar button's command differently.
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Summarise this story',
      },
      // Not Alt+Shift+R: Chromium 156 keeps that for its own Reading mode side panel and leaves
      // an extension's suggested Alt+Shift+R unbound (chrome.commands.getAll() gives "").
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Open this story in Lede reader',
      },
    },
    // action.openPopup() without enterprise policy (see read-on-click.ts).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '127' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lede@lede.invalid',
              // The Firefox the e2e suite runs (Debian's firefox-esr, 153 ESR): docs/firefox.md.
              strict_min_version: '153.0',
              // Lede sends nothing anywhere: every step runs in the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from version 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
