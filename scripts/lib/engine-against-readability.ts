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
  for (let k = 0; k < Math.max(1, repeat); k++) {
    let engineRun: TimedRun<E>;
    let readabilityRun: TimedRun<R>;
    if (k % 2 === 0) {
      engineRun = time(engine);
      readabilityRun = time(readability);
    } else {
      readabilityRun = time(readability);
      engineRun = time(engine);
    }
    if (!fastestEngine || engineRun.ms < fastestEngine.ms) fastestEngine = engineRun;
    if (!fastestReadability || readabilityRun.ms < fastestReadability.ms) fastestReadability = readabilityRun;
  }
  return { engine: fastestEngine!, readability: fastestReadability! };
}
