import { browser } from 'wxt/browser';

/**
 * The entity model's text, read from the extension's `ner-model.txt` (see
 * scripts/build/model-file.ts for why it is not inside the worker's script), handed to the
 * language stage's model module before anything decodes the model. Read once per worker; a build
 * with the model inside the script (tests, a build without the step) needs nothing and this resolves
 * at once. If the file cannot be read, the model is left empty: the language stage then reports it
 * cannot load the model, and the popup shows the story and summary without actors.
 */
const MODEL_FILE = '/ner-model.txt';
const MODEL_SETTER = '__ledeSetNerModelText';

let loading: Promise<void> | null = null;

export function loadModelFile(): Promise<void> {
  const set = (globalThis as Record<string, unknown>)[MODEL_SETTER] as ((text: string) => void) | undefined;
  if (typeof set !== 'function') return Promise.resolve();
  loading ??= fetch(browser.runtime.getURL(MODEL_FILE as '/'))
    .then((response) => (response.ok ? response.text() : ''))
    .then(set, () => undefined);
  return loading;
}
