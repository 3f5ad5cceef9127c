import { render } from 'preact';
import { App, firstRead } from './App';

/**
 * How long the first render waits for the first read: when the worker has read the tab on the click
 * (read-on-click.ts), its read arrives a few milliseconds after this script starts, and the popup's
 * first frame is then the story instead of "Reading the page…" followed by a second frame. Longer
 * reads show the static "Reading the page…" of index.html meanwhile, then Preact's.
 */
const FIRST_RENDER_WAIT_MS = 60;

void Promise.race([firstRead.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(() => {
  // The static placeholder showed until now; Preact takes over the container.
  const root = document.getElementById('app')!;
  root.textContent = '';
  render(<App />, root);
});
