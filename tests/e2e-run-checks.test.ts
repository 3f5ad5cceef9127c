// The e2e suites' exit code comes from this tally (CI must fail when a check fails): a failure, a
// time-out and a skip are each counted as what they are, and the clean-up runs after each of them.
import { describe, expect, it, vi } from 'vitest';
import { runChecks, Skip, type Tally } from './e2e/run-checks';

describe('runChecks (the end-to-end suites’ loop)', () => {
  it('counts passes, failures, time-outs and skips, and cleans up after each check that did not pass', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
    const cleanedAfter: string[] = [];
    let current = '';
    const check = (name: string, run: () => Promise<void>) => ({ name, run: () => ((current = name), run()) });
    await runChecks(
      [
        check('passes', async () => undefined),
        check('throws', async () => {
          throw new Error('boom');
        }),
        check('skips', async () => {
          throw new Skip('not in this browser');
        }),
        check('hangs', () => new Promise<void>(() => undefined)),
        check('passes again', async () => undefined),
      ],
      {},
      { limitMs: () => 50, afterFailure: async () => void cleanedAfter.push(current) },
      tally,
    );
    expect(tally).toEqual({ passed: 2, failed: 2, skipped: 1 });
    expect(cleanedAfter).toEqual(['throws', 'skips', 'hangs']);
    vi.restoreAllMocks();
  });
});
