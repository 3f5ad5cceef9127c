/**
 * A probe of the race behind false "the browser doesn't let Lede read this page" answers (issue
 * 13): a page that sends itself to another site (here `localhost`, another origin of the same local
 * server) 60–150 ms after it loaded, clicked as soon as it loaded, 40 times in one tab. Whether the
 * click's read lands before or after the move is a race; when it lands after, the browser has taken
 * Lede's access away with the page. Prints how each click was answered.
 *
 * `npx tsx tests/e2e/redirect-race.ts [extension dir]` (default .output/chrome-mv3, after `npm run build`).
 */
import { clickToolbarButton, launch, tabTargetOf, waitInPopup } from './browser';
import { startServers } from './server';

const dir = process.argv[2] ?? '.output/chrome-mv3';
const CLICKS = 40;

async function main(): Promise<void> {
  const servers = await startServers('tests/e2e/fixtures', 'tests/fixtures/seed');
  const harness = await launch(dir, servers.proxy);
  const answers = new Map<string, number>();
  try {
    const otherSite = servers.origin.replace('127.0.0.1', 'localhost');
    const page = await harness.context.newPage();
    await page.goto(`${servers.origin}/not-a-story.html?race`);
    const tab = await tabTargetOf(harness, page);
    for (let i = 0; i < CLICKS; i++) {
      const after = [60, 90, 120, 150][i % 4];
      const next = `${otherSite}/pages/docs-sensor.html?from=${i}`;
      await page.goto(`${servers.origin}/pages/feature-glacier.html?i=${i}&go=${encodeURIComponent(next)}&after=${after}`);
      const { popup } = await clickToolbarButton(harness, page, harness.extensionId, tab);
      await waitInPopup(popup, 'document.documentElement.dataset.readyMs', 12_000).catch(() => undefined);
      const state = await popup.evaluate<string>('document.querySelector("main")?.dataset.state ?? "no answer"').catch(() => 'no answer');
      answers.set(state, (answers.get(state) ?? 0) + 1);
      await harness.cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
      await page.waitForURL(/[?&]from=/, { timeout: 10_000 }).catch(() => undefined);
      await page.waitForLoadState('load').catch(() => undefined);
    }
  } finally {
    await harness.close();
    await servers.close();
  }
  console.log(`redirect race, ${CLICKS} clicks, ${dir}: ${[...answers].map(([state, n]) => `${state} ${n}`).join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
