/**
 * The first click after Chromium starts, Lede against the e2e control extension (a popup that does
 * nothing but mark its first frame; tests/e2e/control-extension.ts), over several fresh browsers:
 * `npm run bench:first-click -- [launches] [other build dir]` (after `npm run build`; default 8
 * launches). With another build (e.g. a checkout of an earlier commit, built), the launches
 * alternate between the two and each is summarised: a comparison in the same run.
 *
 * Each launch clicks both on the seed page once, alternating which goes first, and prints Lede's
 * click-to-summary (headline and summary on screen), click-to-everything (the cast included), the
 * control's first frame and where Lede's time went (the popup's and the worker's milestones, in ms
 * after the click); the summary line gives the median gap over the launches. The e2e run
 * (`npm run test:e2e`) prints the same for its one launch; one launch is one sample, and on a
 * shared 2-core machine samples vary by hundreds of milliseconds.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clickToolbarButton, launch, waitInPopup } from './browser';
import { writeControlExtension } from './control-extension';
import { SEED } from './seed-expectations';
import { startServers } from './server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const extensionDir = process.env.LEDE_EXTENSION ?? join(root, '.output/chrome-mv3');
const launches = Number(process.argv[2] ?? 8);
const otherDir = process.argv[3] ? resolve(process.argv[3]) : null;
/**
 * Idle time between loading the page and the first click: Chromium keeps starting up (its own
 * components, both extensions' workers) for a moment after it opens, and that work lands on
 * whichever click comes first. A reader's first click comes later than a test's.
 */
const SETTLE_MS = Number(process.env.LEDE_SETTLE_MS ?? 2000);

interface Shown {
  summary: number;
  all: number;
  milestones: string;
}

async function main(): Promise<void> {
  const servers = await startServers(join(root, 'tests/e2e/fixtures'), join(root, 'tests/fixtures/seed'));
  const control = writeControlExtension();
  const dirs = otherDir ? [extensionDir, otherDir] : [extensionDir];
  const gaps = new Map<string, number[]>(dirs.map((dir) => [dir, []]));
  const castGaps = new Map<string, number[]>(dirs.map((dir) => [dir, []]));
  try {
    for (let run = 0; run < launches * dirs.length; run++) {
      const dir = dirs[run % dirs.length];
      const harness = await launch(dir, servers.proxy, control);
      try {
        const page = await harness.context.newPage();
        await page.goto(`${servers.origin}${SEED.file}?launch=${run}`);
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        const order = Math.floor(run / dirs.length) % 2 === 0 ? (['lede', 'control'] as const) : (['control', 'lede'] as const);
        const shown: Partial<Record<'lede' | 'control', Shown>> = {};
        for (const who of order) {
          const id = who === 'lede' ? harness.extensionId : harness.controlId;
          if (!id) throw new Error('the control extension was not loaded');
          const { popup, clickedAtEpoch } = await clickToolbarButton(harness, page, id);
          await waitInPopup(popup, 'document.documentElement.dataset.readyMs', 15_000);
          const seen = await popup.evaluate<{ origin: number; summary: number; all: number; timing: Record<string, number> }>(
            '({ origin: performance.timeOrigin, all: Number(document.documentElement.dataset.readyMs), summary: Number(document.documentElement.dataset.summaryMs ?? document.documentElement.dataset.readyMs), timing: JSON.parse(document.documentElement.dataset.timing ?? "{}") })',
          );
          const shift = seen.origin - clickedAtEpoch;
          const milestones = [`popup opened ${Math.round(shift)}`, ...Object.entries(seen.timing).sort((a, b) => a[1] - b[1]).map(([name, ms]) => `${name} ${Math.round(shift + ms)}`)];
          shown[who] = { summary: Math.round(shift + seen.summary), all: Math.round(shift + seen.all), milestones: milestones.join(', ') };
          await harness.cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
          await new Promise((r) => setTimeout(r, 300));
        }
        const lede = shown.lede!;
        const controlFrame = shown.control!.summary;
        gaps.get(dir)!.push(lede.summary - controlFrame);
        castGaps.get(dir)!.push(lede.all - controlFrame);
        console.log(
          `launch ${run + 1}${otherDir ? ` (${dir.replace(`${root}/`, '')})` : ''} (${order[0]} first): Lede summary ${lede.summary} ms, everything ${lede.all} ms; control first frame ${controlFrame} ms; ` +
            `gap ${lede.summary - controlFrame} ms (cast ${lede.all - controlFrame} ms) — Lede: ${lede.milestones}`,
        );
      } finally {
        await harness.close();
      }
    }
  } finally {
    await servers.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const dir of dirs) {
    const gap = gaps.get(dir)!;
    const cast = castGaps.get(dir)!;
    console.log(
      `first click (${SETTLE_MS} ms after the page loaded), ${launches} launches of ${dir.replace(`${root}/`, '')}: Lede's summary − the control's first frame: median ${median(gap)} ms ` +
        `(${gap.join(', ')}); with the cast: median ${median(cast)} ms (${cast.join(', ')})`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
