/**
 * The loop both end-to-end suites (Chromium: run.ts, Firefox: firefox/run.ts) run their checks in:
 * one after another on one browser, each under a time limit, a line per check, and the tally that
 * decides the suite's exit code. A check that cannot run here (not a failure of Lede's) throws `Skip`.
 */
export class Skip extends Error {}

export interface Check<Context> {
  name: string;
  run: (ctx: Context) => Promise<void>;
}

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

export async function runChecks<Context, C extends Check<Context>>(
  checks: readonly C[],
  ctx: Context,
  options: {
    /** How long this check may take before it counts as failed. */
    limitMs: (check: C) => number;
    /** After a failed or skipped check: undo what it may have left behind for the next one. */
    afterFailure?: () => Promise<void>;
  },
  tally: Tally,
): Promise<void> {
  for (const check of checks) {
    const t0 = performance.now();
    const limitMs = options.limitMs(check);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        check.run(ctx),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${limitMs / 1000} s`)), limitMs);
        }),
      ]);
      tally.passed++;
      console.log(`  ✓ ${check.name} (${(performance.now() - t0).toFixed(0)} ms)`);
    } catch (error) {
      if (error instanceof Skip) {
        tally.skipped++;
        console.log(`  - ${check.name}: skipped: ${error.message}`);
      } else {
        tally.failed++;
        console.log(`  ✗ ${check.name}\n      ${(error as Error).message}`);
      }
      await options.afterFailure?.().catch(() => undefined);
    } finally {
      clearTimeout(timer);
    }
  }
}
