import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

/**
 * patches/linkedom+*.patch (applied by patch-package on install) changes linkedom in three places:
 * - a node's listener map is made on its first addEventListener instead of in every node's
 *   constructor: a WeakMap entry per node was most of the cost of parsing and cloning big pages (the
 *   6 MB page's clone went from ~1.2 s to ~0.25 s). Events must still behave as before.
 * - a cloned document's nodes belong to the clone (ownerDocument), as in a browser: they kept the
 *   original's, so markup set with innerHTML in the engine's clone was parsed as for the live page.
 * - the text of raw-text elements (xmp, iframe, noembed, noframes, plaintext) is serialised as it is,
 *   as a browser does, so that Readability's `body.innerHTML = saved` round trip keeps it.
 * - inline style declarations are read as a browser's CSSOM reads them: "!important" is a priority,
 *   not part of the value, property names are case-insensitive, display/visibility keywords compare
 *   lower-case. Readability drops `style.display === 'none'` blocks; linkedom answered "none !important"
 *   for `display: none !important`, so forum pages kept a hidden description in Node only.
 * - the class attribute keeps its text (`class=" "`, `class="a  a b"`), and `getAttribute('class')`
 *   is null without one, as in a browser; linkedom answered with the tokens joined ("", "a b", and ""
 *   for none). Page-type signals group elements by class: one WCXB page was typed differently in
 *   Node and in Chromium for a `class=" "`.
 */
describe('linkedom with the lazy listener-map patch', () => {
  it('delivers, removes and ignores listeners as the DOM does', () => {
    const { document, Event } = parseHTML('<html><body><div><button>Go</button></div></body></html>') as unknown as {
      document: Document;
      Event: typeof globalThis.Event;
    };
    const button = document.querySelector('button')!;
    const div = document.querySelector('div')!;
    const calls: string[] = [];
    const onButton = () => calls.push('button');
    button.addEventListener('click', onButton);
    div.addEventListener('click', () => calls.push('div'));
    button.dispatchEvent(new Event('click', { bubbles: true }));
    expect(calls).toEqual(['button', 'div']);
    button.removeEventListener('click', onButton);
    button.dispatchEvent(new Event('click'));
    expect(calls).toEqual(['button', 'div']);
    // Nodes that never had a listener: removing one and dispatching must not throw.
    const p = document.createElement('p');
    expect(() => p.removeEventListener('click', onButton)).not.toThrow();
    expect(() => p.dispatchEvent(new Event('click'))).not.toThrow();
  });

  it('gives a cloned document its own nodes', () => {
    const { document } = parseHTML('<html><body><p>One</p></body></html>') as unknown as { document: Document };
    const clone = document.cloneNode(true) as Document;
    const paragraph = clone.querySelector('p')!;
    expect(paragraph.ownerDocument).toBe(clone);
    expect(document.querySelector('p')!.ownerDocument).toBe(document);
  });

  it('serialises the text of raw-text elements unescaped, and other text escaped', () => {
    const { document } = parseHTML('<html><body><div></div></body></html>') as unknown as { document: Document };
    const div = document.querySelector('div')!;
    for (const name of ['xmp', 'iframe', 'noembed', 'p']) {
      const el = document.createElement(name);
      el.appendChild(document.createTextNode('<b>x</b> & y'));
      div.appendChild(el);
    }
    expect(div.innerHTML).toBe('<xmp><b>x</b> & y</xmp><iframe><b>x</b> & y</iframe><noembed><b>x</b> & y</noembed><p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>');
  });

  it('is applied: the patch file matches the installed linkedom', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const patch = readdirSync(resolve(__dirname, '../../patches')).find((f) => f.startsWith('linkedom+'));
    const installed = JSON.parse(readFileSync(resolve(__dirname, '../../node_modules/linkedom/package.json'), 'utf8')) as { version: string };
    expect(patch).toBe(`linkedom+${installed.version}.patch`);
    const source = readFileSync(resolve(__dirname, '../../node_modules/linkedom/esm/interface/event-target.js'), 'utf8');
    expect(source).toContain('Lede patch');
    for (const file of ['esm/interface/document.js', 'esm/interface/element.js', 'cjs/interface/document.js', 'cjs/interface/element.js']) {
      expect(readFileSync(resolve(__dirname, '../../node_modules/linkedom', file), 'utf8'), file).toContain('Lede patch');
    }
  });

  it('reads inline display and visibility as a browser does', () => {
    const { document } = parseHTML(
      '<html><body><div id="a" style="display: none !important;">x</div><div id="b" style="DISPLAY:None">y</div>' +
        '<div id="c" style="display:none!important; display:block">z</div><div id="d" style="display:none; display:block">w</div>' +
        '<div id="e" style="visibility: HIDDEN; color: Red">v</div></body></html>',
    ) as unknown as { document: Document };
    const style = (id: string) => (document.getElementById(id) as HTMLElement).style;
    expect(style('a').display).toBe('none');
    expect(style('b').display).toBe('none');
    // An important declaration wins over a later plain one; otherwise the last one wins.
    expect(style('c').display).toBe('none');
    expect(style('d').display).toBe('block');
    expect(style('e').visibility).toBe('hidden');
    // Only keyword properties are lower-cased.
    expect(style('e').color).toBe('Red');
  });
});

describe('linkedom with the class-attribute patch', () => {
  it('keeps the class attribute as written, with its tokens in classList', () => {
    const { document } = parseHTML('<html><body><div class=" ">a</div><p class="a  a b">b</p><span>c</span></body></html>') as unknown as { document: Document };
    const [div, p, span] = [document.querySelector('div')!, document.querySelector('p')!, document.querySelector('span')!];
    expect([div.getAttribute('class'), p.getAttribute('class'), span.getAttribute('class')]).toEqual([' ', 'a  a b', null]);
    expect([div.className, p.className, span.className]).toEqual([' ', 'a  a b', '']);
    expect([...p.classList]).toEqual(['a', 'b']);
    expect(document.querySelectorAll('.b')).toHaveLength(1);
    expect(p.outerHTML).toBe('<p class="a  a b">b</p>');
  });

  it('writes the attribute and the tokens together, as a browser does', () => {
    const { document } = parseHTML('<html><body><p class="a  b">x</p><span>y</span></body></html>') as unknown as { document: Document };
    const p = document.querySelector('p')!;
    p.classList.add('c');
    expect(p.getAttribute('class')).toBe('a b c');
    p.className = 'x  y';
    expect([p.getAttribute('class'), [...p.classList]]).toEqual(['x  y', ['x', 'y']]);
    const span = document.querySelector('span')!;
    span.setAttribute('class', ' q ');
    expect([span.className, span.classList.contains('q')]).toEqual([' q ', true]);
  });
});
