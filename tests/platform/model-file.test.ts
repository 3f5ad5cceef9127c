import { afterEach, describe, expect, it, vi } from 'vitest';
import { nerModelAsFile } from '../../scripts/build/model-file';

describe('the entity model as a file of the extension', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).__ledeSetNerModelText;
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('the build gives the worker a stand-in for the generated model module only', async () => {
    const plugin = nerModelAsFile() as { load: (id: string) => string | null };
    expect(plugin.load('/repo/lib/language/ner/load-model.ts')).toBeNull();
    const standIn = plugin.load('/repo/lib/language/ner/model-data.ts');
    expect(standIn).toContain('export let NER_MODEL_TEXT');
    // The stand-in's text is filled in through the setter it installs (a live binding).
    const module = await import(`data:text/javascript,${encodeURIComponent(standIn!)}`);
    expect(module.NER_MODEL_TEXT).toBe('');
    (globalThis as unknown as Record<string, (text: string) => void>).__ledeSetNerModelText('lede-ner/2\n…');
    expect(module.NER_MODEL_TEXT).toBe('lede-ner/2\n…');
  });

  it('the worker reads the file once, and only when its script has the stand-in', async () => {
    const fetch = vi.fn(async () => ({ ok: true, text: async () => 'model text' }));
    vi.stubGlobal('fetch', fetch);
    const { loadModelFile } = await import('../../lib/platform/model-file');
    await loadModelFile();
    expect(fetch).not.toHaveBeenCalled();
    const set = vi.fn();
    (globalThis as Record<string, unknown>).__ledeSetNerModelText = set;
    await Promise.all([loadModelFile(), loadModelFile()]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toMatch(/\/ner-model\.txt$/);
    expect(set).toHaveBeenCalledWith('model text');
  });
});
