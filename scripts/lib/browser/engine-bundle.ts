/**
 * lib/story/extract-story.ts bundled for a browser tab (one IIFE, as the extension's injected script
 * is one file), with esbuild, in memory. Defines `ledeBenchExtract(url)` in the tab (engine-entry.ts).
 * Then minified as the extension's build minifies its injected script (terser, Readability's private
 * members renamed: scripts/build/minify-injected-script.ts), so that `--browser` measures that
 * transformation on every corpus page, not only on the e2e suite's pages.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { minifyInjectedScript } from '../../build/minify-injected-script';

export async function engineBundle(): Promise<string> {
  return minifyInjectedScript(await bundle('engine-entry.ts', false));
}

/**
 * The page-type signals (lib/story/page-type/page-signals.ts) bundled for a tab, as the extension's
 * second injected script (page-signals.js) is built: WXT's default minifier (esbuild), not terser.
 * Defines `ledeBenchPageSignals(url)` in the tab (page-type-entry.ts).
 */
export function pageSignalsBundle(): Promise<string> {
  return bundle('page-type-entry.ts', true);
}

/** The engine's stage timer (stages-entry.ts), minified as the engine is: defines `ledeBenchStages(url, repeat)`. */
export async function stagesBundle(): Promise<string> {
  return minifyInjectedScript(await bundle('stages-entry.ts', false));
}

async function bundle(entry: string, minify: boolean): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    minify,
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
