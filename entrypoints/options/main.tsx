import { render } from 'preact';
import { App } from './App';

// The static "Reading…" placeholder in index.html showed until now; Preact takes over the container.
const root = document.getElementById('app')!;
root.textContent = '';
render(<App />, root);
