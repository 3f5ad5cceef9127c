import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

/**
 * patches/linkedom+*.patch (applied by patch-package on install) makes linkedom create a node's
 * listener map on its first addEventListener instead of in every node's constructor: a WeakMap
 * entry per node was most of the cost of parsing and cloning big pages (the 6 MB page's clone went
 * from ~1.2 s to ~0.25 s). Events must still behave as before.
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

  it('is applied: the patch file matches the installed linkedom', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const patch = readdirSync(resolve(__dirname, '../../patches')).find((f) => f.startsWith('linkedom+'));
    const installed = JSON.parse(readFileSync(resolve(__dirname, '../../node_modules/linkedom/package.json'), 'utf8')) as { version: string };
    expect(patch).toBe(`linkedom+${installed.version}.patch`);
    const source = readFileSync(resolve(__dirname, '../../node_modules/linkedom/esm/interface/event-target.js'), 'utf8');
    expect(source).toContain('Lede patch');
  });
});
