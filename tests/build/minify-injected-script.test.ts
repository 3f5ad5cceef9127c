import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { minifyInjectedScript } from '../../scripts/build/minify-injected-script';

/** Evaluate CommonJS code and return what it exports. */
function load(code: string): unknown {
  const module = { exports: {} as unknown };
  new Function('module', code)(module);
  return module.exports;
}

describe('The injected script minified again (build only)', () => {
  it('renames _-members consistently and leaves quoted names alone', async () => {
    const code = `
      class Reader { constructor() { this._flags = 7; } _cleaning() { return this._flags & 4; } }
      const reader = new Reader();
      reader._flags &= ~4;
      const scope = {};
      scope['__ledeCleaningRules'] = { off: true };
      module.exports = { cleaning: reader._cleaning(), rules: scope['__ledeCleaningRules'] };`;
    const minified = await minifyInjectedScript(code);
    expect(minified).not.toContain('_flags');
    expect(minified).not.toContain('_cleaning');
    expect(minified).toContain('__ledeCleaningRules');
    expect(load(minified)).toEqual({ cleaning: 0, rules: { off: true } });
  });

  it("keeps the script's value, the injection's result (the last statement, an anonymous IIFE)", async () => {
    const minified = await minifyInjectedScript('(function(){ var result = { ok: true, story: { title: "T" } }; return result; })();');
    expect(runInNewContext(minified)).toEqual({ ok: true, story: { title: 'T' } });
  });

  it('leaves Readability reading a page as it did', async () => {
    const path = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
    const source = readFileSync(path, 'utf8');
    const minified = await minifyInjectedScript(source);
    expect(minified.length).toBeLessThan(source.length / 2);
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, long enough, with commas, clauses, and more words to score well in Readability's eyes.</p>`).join('');
    const page = `<html><head><title>A story</title></head><body><nav><a href="/">Home</a></nav><article><h1>A story</h1>${paragraphs}<table><tr><td>1</td><td>2</td></tr></table></article><aside><a href="/a">Other</a></aside></body></html>`;
    type ReadabilityClass = new (doc: Document) => { parse(): { title: string; content: string; textContent: string } | null };
    const read = (Readability: ReadabilityClass) => new Readability(parseHTML(page).document as unknown as Document).parse();
    const original = read(load(source) as ReadabilityClass);
    expect(original?.textContent).toContain('Paragraph 5');
    expect(read(load(minified) as ReadabilityClass)).toEqual(original);
  });
});
