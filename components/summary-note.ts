import type { FallbackReason } from '../lib/platform/built-in-summarizer';

/**
 * What the popup says under the summary when the user asked for the browser's on-device
 * summariser: that it wrote the summary, or why Lede's own summary is shown instead.
 */
const FALLBACK_NOTES: Record<FallbackReason, string> = {
  'turned off': '',
  'not supported': 'This browser has no on-device summariser, so this is Lede’s own summary.',
  unavailable: 'The browser’s on-device summariser can’t run on this device, so this is Lede’s own summary.',
  'model not downloaded': 'The browser’s on-device model isn’t downloaded yet, so this is Lede’s own summary.',
  'model downloading': 'The browser’s on-device model is still downloading, so this is Lede’s own summary.',
  failed: 'The browser’s on-device summariser failed on this story, so this is Lede’s own summary.',
  'empty result': 'The browser’s on-device summariser gave nothing back, so this is Lede’s own summary.',
};

export function summaryNote(source: 'built-in' | 'extractive', fallbackReason?: FallbackReason): string {
  if (source === 'built-in') return 'Summary written by the browser’s on-device model.';
  return fallbackReason ? FALLBACK_NOTES[fallbackReason] : '';
}
