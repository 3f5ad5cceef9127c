import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Render into a fresh container in jsdom and return it (effects flushed). */
export function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(node, container);
  });
  return container;
}

export function click(element: Element | null) {
  if (!element) throw new Error('nothing to click');
  act(() => {
    (element as HTMLElement).click();
  });
}
