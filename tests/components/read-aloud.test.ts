import { afterEach, describe, expect, it, vi } from 'vitest';
import { canReadAloud, readAloud } from '../../entrypoints/reader/read-aloud';

/** A stand-in for the browser's speechSynthesis that records what it was asked to say. */
class FakeUtterance {
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

function installFakeSpeech() {
  const spoken: FakeUtterance[] = [];
  const synth = { speak: vi.fn((u: FakeUtterance) => spoken.push(u)), cancel: vi.fn() };
  vi.stubGlobal('window', { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return { spoken, synth };
}

describe('read aloud', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('knows when the browser has no speech', () => {
    vi.stubGlobal('window', {});
    expect(canReadAloud()).toBe(false);
    installFakeSpeech();
    expect(canReadAloud()).toBe(true);
  });

  it('speaks one utterance per paragraph in the story’s language and reports the end once', () => {
    const { spoken, synth } = installFakeSpeech();
    const onEnd = vi.fn();
    readAloud('Title\n\nFirst paragraph.\n\n\nSecond paragraph.', 'ar', onEnd);
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    expect(spoken.map((u) => u.text)).toEqual(['Title', 'First paragraph.', 'Second paragraph.']);
    expect(spoken.every((u) => u.lang === 'ar')).toBe(true);
    expect(spoken[0].onend).toBeNull();
    spoken[2].onend?.();
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('stops on request', () => {
    const { synth } = installFakeSpeech();
    const onEnd = vi.fn();
    const stop = readAloud('One.\n\nTwo.', 'en', onEnd);
    stop();
    expect(synth.cancel).toHaveBeenCalledTimes(2);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});
