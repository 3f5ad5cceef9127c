import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No auto-imports: `browser` and `storage` are never invisible globals, and lib/ stays free of them.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Lede',
    description: 'The clean story, its summary and its key actors — on your own device.',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Lede: summarise this story' },
  },
});
