import type { Plugin } from 'vite';

/**
 * The entity model outside the worker's script. The model ships as a generated module
 * (lib/language/ner/model-data.ts, `NER_MODEL_TEXT`: ~3 MB of text in the format of
 * model-codec.ts), which the CLI and the tests import as it is. In the extension, the worker
 * evaluates its whole script every time Chrome starts it — after each idle stop, on the click that
 * wakes it, on any page load it listens to — and 3 MB of it was the model: the e2e run measured the
 * click reaching a restarted worker 117–143 ms after the click with the model inside, 52–87 ms
 * without. So the build writes the module's text to a file of the extension (`ner-model.txt`, the
 * same bytes) and gives the worker a stand-in module whose `NER_MODEL_TEXT` is filled in from that
 * file (lib/platform/model-file.ts) before the language stage first needs the model.
 * Nothing about the format is assumed here: whatever text the generated module holds is what ships.
 */
export const MODEL_FILE = 'ner-model.txt';

/** The global through which lib/platform/model-file.ts hands the file's text to the stand-in module. */
export const MODEL_SETTER = '__ledeSetNerModelText';

const MODEL_MODULE = /\/lib\/language\/ner\/model-data\.ts$/;

export function nerModelAsFile(): Plugin {
  return {
    name: 'lede-ner-model-as-file',
    enforce: 'pre',
    load(id) {
      if (!MODEL_MODULE.test(id.split('?')[0]!)) return null;
      // A live binding: load-model.ts reads NER_MODEL_TEXT when it first decodes the model.
      return [
        `export let NER_MODEL_TEXT = '';`,
        `globalThis.${MODEL_SETTER} = (text) => { NER_MODEL_TEXT = text; };`,
        '',
      ].join('\n');
    },
  };
}
