/**
 * Read the story with the browser's own voices (`speechSynthesis`): on-device where the system has
 * voices, nothing sent by Lede. One utterance per paragraph so long stories don't hit the engines'
 * length limits.
 */
export function canReadAloud(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

export function readAloud(text: string, lang: string, onEnd: () => void): () => void {
  const synth = window.speechSynthesis;
  synth.cancel();
  const paragraphs = text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) {
    onEnd();
    return () => undefined;
  }
  paragraphs.forEach((paragraph, i) => {
    const utterance = new SpeechSynthesisUtterance(paragraph);
    if (lang) utterance.lang = lang;
    if (i === paragraphs.length - 1) {
      utterance.onend = onEnd;
    }
    utterance.onerror = onEnd;
    synth.speak(utterance);
  });
  return () => {
    synth.cancel();
    onEnd();
  };
}
