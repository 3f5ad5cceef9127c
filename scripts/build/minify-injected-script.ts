/**
 * The script injected into the clicked tab (extract-story.js), minified once more, harder than the
 * build's default minifier does it. The tab parses and compiles this script on every first click
 * (60–340 ms of the engine's first run), so its size is a goal of its own (64 KB, wxt.config.ts).
 *
 * Two things on top of the default minifier (which leaves property names alone, as it must):
 * - terser's compressor, which finds a little more to fold (about 2 KB on this script);
 * - Readability's private members (`this._getInnerText`, `this._flags`, ...; about 70 names, some
 *   used twenty times) renamed to short names. They are private by convention, reached only from
 *   the bundle itself (run-readability.ts sets `_flags` and is renamed alike). Quoted names
 *   (`scope['__ledeCleaningRules']`, JSON-LD's `"@type"`) are never renamed, and terser never
 *   picks a DOM property's name for a new one, so a name set on a page element
 *   (`table._readabilityDataTable`) can't clash with the element's own.
 * Only this file: the extension pages bundle Preact, whose own `_`-names are shared with its hooks.
 * Code behaves the same: the benchmarks and unit tests run the sources, the e2e suite this output.
 *
 * The script's value is the injection's result (`scripting.executeScript`): the last statement, an
 * anonymous IIFE once WXT has dropped its `var extractStory =` (its own generateBundle hook). So this
 * runs after WXT's hooks, and terser keeps the last statement's value (`expression`): otherwise it
 * drops the whole IIFE's result as unused, and every click gets "The page gave no answer".
 */
import { minify } from 'terser';

/** The build's output file this applies to. */
export const INJECTED_SCRIPT = 'extract-story.js';

interface OutputChunk {
  type: 'chunk';
  code: string;
  map?: unknown;
}

export async function minifyInjectedScript(code: string): Promise<string> {
  const result = await minify(code, {
    ecma: 2020,
    compress: { passes: 2, expression: true },
    mangle: { properties: { regex: /^_/, keep_quoted: true } },
    format: { comments: false },
  });
  if (result.code === undefined) throw new Error(`lede: terser returned no code for ${INJECTED_SCRIPT}`);
  return result.code;
}

/** The Vite plugin: runs last, once the bundle is in memory, on the injected script only. */
export function minifiedInjectedScript() {
  return {
    name: 'lede:minified-injected-script',
    apply: 'build' as const,
    generateBundle: {
      order: 'post' as const,
      async handler(_options: unknown, bundle: Record<string, OutputChunk | { type: 'asset' }>) {
        const chunk = bundle[INJECTED_SCRIPT];
        if (!chunk || chunk.type !== 'chunk') return;
        // A named IIFE (`var x = (function ...`) has no value as a script: the shape WXT's next release
        // leaves must be looked at before this step can apply to it.
        if (!chunk.code.startsWith('(function')) throw new Error(`lede: ${INJECTED_SCRIPT} is not an anonymous IIFE; its result would be lost`);
        chunk.code = await minifyInjectedScript(chunk.code);
      },
    },
  };
}
