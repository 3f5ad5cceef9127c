import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * lib/ is the engine: pure TypeScript that runs in the page, the extension pages and Node alike.
 * Only lib/platform/ may touch the browser-extension API (WXT, `browser.*`, `chrome.*`).
 */
const root = resolve(__dirname, '..');
const lib = join(root, 'lib');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/**
 * Code without comments and string contents, so a comment that names `browser.tabs` is fine.
 * One left-to-right pass over comments and string literals, whichever starts first: a `//` inside a
 * string (a URL, base64 in a generated model file) is string, not comment, and the pass stays linear
 * on multi-megabyte generated modules.
 */
const COMMENT_OR_STRING = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g;

function code(text: string): string {
  return text.replace(COMMENT_OR_STRING, (token) => {
    if (token.startsWith('/')) return '';
    if (token.startsWith('`')) return '``';
    const quote = token[0];
    return token.startsWith(`${quote}wxt`) || token.startsWith(`${quote}#imports`) ? token : quote + quote;
  });
}

const IMPORTS_WXT = /\b(?:from|import)\s*\(?\s*['"](?:wxt(?:\/[^'"]*)?|#imports)['"]/;
const USES_BROWSER = /(?<![\w.$])(?:browser|chrome)\s*\.\s*[a-zA-Z_]/;

describe('lib/ boundary', () => {
  const files = sources(lib);
  const outside = files.filter((f) => !relative(lib, f).startsWith('platform'));

  it('finds the engine sources', () => {
    expect(outside.length).toBeGreaterThan(3);
  });

  it('no file outside lib/platform/ imports wxt or #imports', () => {
    const offenders = outside.filter((f) => IMPORTS_WXT.test(code(readFileSync(f, 'utf8')))).map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('no file outside lib/platform/ uses browser.* or chrome.*', () => {
    const offenders = outside.filter((f) => USES_BROWSER.test(code(readFileSync(f, 'utf8')))).map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('the checks catch what they look for', () => {
    expect(IMPORTS_WXT.test(code("import { storage } from 'wxt/utils/storage';"))).toBe(true);
    expect(IMPORTS_WXT.test(code("import { x } from '#imports';"))).toBe(true);
    expect(IMPORTS_WXT.test(code("const m = await import('wxt/browser');"))).toBe(true);
    expect(USES_BROWSER.test(code('await browser.tabs.query({});'))).toBe(true);
    expect(USES_BROWSER.test(code('chrome.runtime.getURL("x")'))).toBe(true);
    expect(USES_BROWSER.test(code('// uses browser.tabs in a comment\nconst a = "chrome.x";'))).toBe(false);
    expect(USES_BROWSER.test(code('const userAgent = navigator.browser; foo.chrome.x;'))).toBe(false);
    // A `//` inside a string does not hide the code after the string.
    expect(USES_BROWSER.test(code('const url = "https://example.org"; browser.tabs.query({});'))).toBe(true);
  });
});
