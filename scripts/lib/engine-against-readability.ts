/**
 * The speed comparison of `npm run bench`, shared by its two places: Node (CPU clock, bench-extraction.ts
 * runPage) and the Chromium tab (wall clock, browser/engine-entry.ts). Both time the engine against
 * Readability alone on the same parsed document, the same way.
 */
import Readability from '@mozilla/readability/Readability.js';

/** Readability alone as a reader of the page would run it: on its own clone, text out; '' when it throws. */
export function readabilityAloneText(doc: Document): string {
  try {
    return new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

export interface TimedRun<T> {
  value: T;
  ms: number;
}

/**
 * Call `first` and `second` `repeat` times each (at least once), alternating which goes first: a
 * garbage collection or a warm cache one leaves behind then falls on each in turn.
 */
export function alternating(repeat: number, first: () => void, second: () => void): void {
  for (let k = 0; k < Math.max(1, repeat); k++) {
    if (k % 2 === 0) {
      first();
      second();
    } else {
      second();
      first();
    }
  }
}

/**
 * Run `engine` and `readability` `repeat` times each, alternating which goes first, and keep each
 * one's fastest run (with its value). The fastest run is the usual robust estimate of the work done: a
 * garbage collection left over from parsing or from the other system lands in some run, and a single
 * run's median mostly measures where it fell.
 */
export function fastestAlternating<E, R>(repeat: number, clock: () => number, engine: () => E, readability: () => R): { engine: TimedRun<E>; readability: TimedRun<R> } {
  const time = <T>(run: () => T): TimedRun<T> => {
    const started = clock();
    const value = run();
    return { value, ms: clock() - started };
  };
  let fastestEngine: TimedRun<E> | undefined;
  let fastestReadability: TimedRun<R> | undefined;
  alternating(
    repeat,
    () => {
      const run = time(engine);
      if (!fastestEngine || run.ms < fastestEngine.ms) fastestEngine = run;
    },
    () => {
      const run = time(readability);
      if (!fastestReadability || run.ms < fastestReadability.ms) fastestReadability = run;
    },
  );
  return { engine: fastestEngine!, readability: fastestReadability! };
}
