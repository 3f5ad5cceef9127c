import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    plugins: [preact()],
  }),
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
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Summarise this story',
      },
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open this story in Lede reader',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lede@lede.invalid',
              strict_min_version: '140.0',
              // Lede sends nothing anywhere: every step runs in the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
