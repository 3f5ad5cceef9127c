/**
 * lib/story/extract-story.ts bundled for a browser tab (one IIFE, as the extension's injected script
 * is one file), with esbuild, in memory. Defines `ledeBenchExtract(url)` in the tab (engine-entry.ts).
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

export async function engineBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'engine-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // The extension's build strips Readability's debug logging (scripts/build/strip-debug-log.ts);
    // with debug off it never runs, so it makes no difference to what is extracted.
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
