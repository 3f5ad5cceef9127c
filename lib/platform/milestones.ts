/**
 * Milestones since the page's navigation start, kept on <html data-timing> for the e2e run, which
 * reads them to say where a click's time went ("script 142, taken 156, shown 197").
 */
export function mark(name: string): void {
  if (typeof document === 'undefined') return;
  const timing = JSON.parse(document.documentElement.dataset.timing ?? '{}') as Record<string, number>;
  timing[name] ??= Math.round(performance.now());
  document.documentElement.dataset.timing = JSON.stringify(timing);
}

/** A milestone that happened elsewhere (the worker), given in epoch ms: put on this page's clock. */
export function markAt(name: string, epochMs: number): void {
  if (typeof document === 'undefined') return;
  const timing = JSON.parse(document.documentElement.dataset.timing ?? '{}') as Record<string, number>;
  timing[name] ??= Math.round(epochMs - performance.timeOrigin);
  document.documentElement.dataset.timing = JSON.stringify(timing);
}
