/**
 * e2e: "Keep open" (issue 13). From the real popup on the seed page, Keep open shows the same story
 * in Chrome's side panel; the panel follows the window's active tab: a tab Lede was never clicked
 * on asks for a click (activeTab only: Lede may not read it), the seed tab shows its story again, and
 * a click on Lede's button on the other tab shows that tab's story in the panel, with no popup.
 */
import type { Page } from 'playwright-core';
import { clickToolbarButton, PopupTarget, tabTargetOf, waitInPopup, type Harness } from './browser';
import type { Servers } from './server';

export interface SidePanelContext {
  harness: Harness;
  servers: Servers;
  notes: string[];
  seed?: { page: Page; tabId: number };
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targetsLike(harness: Harness, prefix: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await harness.cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.filter((t) => t.url.startsWith(prefix));
}

/** How many of Lede's side panels the browser has open (runtime.getContexts, asked in the worker). */
function openSidePanels(harness: Harness): Promise<number> {
  return harness.worker.evaluate(async () => {
    type Runtime = { runtime: { getContexts(filter: object): Promise<unknown[]> } };
    return (await (globalThis as unknown as { chrome: Runtime }).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
  });
}

/** What the panel shows now: its state, and the headline when it is a story. */
function panelShows(panel: PopupTarget): Promise<{ state: string; title: string }> {
  return panel.evaluate('({ state: document.querySelector("main")?.dataset.state ?? "", title: document.querySelector("[data-testid=title]")?.textContent ?? "" })');
}

async function untilPanel(panel: PopupTarget, expression: string, what: string): Promise<void> {
  try {
    await waitInPopup(panel, expression, 10_000);
  } catch {
    const now = await panelShows(panel).catch(() => ({ state: '?', title: '' }));
    const text = await panel.evaluate<string>('document.body.innerText.replace(/\\s+/g, " ").slice(0, 200)').catch(() => '');
    throw new Error(`side panel: ${what}; it shows ${now.state} "${now.title}": ${text}`);
  }
}

export const sidePanelTest = {
  name: 'Keep open: the side panel shows the popup\'s story, follows a tab switch, and takes the next toolbar click (no popup)',
  async run(ctx: SidePanelContext): Promise<void> {
    const { harness, servers, seed } = ctx;
    check(seed, 'needs the seed tab');
    const panelUrl = `chrome-extension://${harness.extensionId}/sidepanel.html`;
    const popupUrl = `chrome-extension://${harness.extensionId}/popup.html`;
    const { popup } = await clickToolbarButton(harness, seed.page);
    await waitInPopup(popup, 'document.documentElement.dataset.readyMs');
    const title = await popup.evaluate<string>('document.querySelector("[data-testid=title]")?.textContent ?? ""');
    // A click the browser counts as the user's (side panels open only in answer to one).
    await popup.send('Runtime.evaluate', { expression: 'document.querySelector("[data-testid=keep-open]").click()', userGesture: true });
    let panelTarget: TargetInfo | undefined;
    const deadline = Date.now() + 10_000;
    while (!panelTarget && Date.now() < deadline) {
      [panelTarget] = await targetsLike(harness, panelUrl);
      if (!panelTarget) await new Promise((r) => setTimeout(r, 50));
    }
    check(panelTarget, 'Keep open opened no side panel');
    const panel = await PopupTarget.attach(harness.cdp, panelTarget.targetId);
    try {
      await untilPanel(panel, `document.querySelector("[data-testid=title]")?.textContent === ${JSON.stringify(title)}`, `expected the popup's story "${title}"`);
      const popupGone = (await targetsLike(harness, popupUrl)).every((t) => t.targetId !== popup.targetId);
      // The story shows first; its summary and cast come from the worker a moment later.
      await untilPanel(
        panel,
        'document.querySelectorAll("[data-testid=summary] li").length > 0 && document.querySelectorAll("[data-testid=actor]").length > 0',
        'expected the summary and the cast',
      );
      const summary = await panel.evaluate<number>('document.querySelectorAll("[data-testid=summary] li").length');
      const actors = await panel.evaluate<number>('document.querySelectorAll("[data-testid=actor]").length');
      check(summary > 0 && actors > 0, `side panel: ${summary} summary points, ${actors} actors`);

      // Another tab, never clicked: Lede may not read it, and says so.
      const other = await harness.context.newPage();
      await other.goto(`${servers.origin}/pages/news-harbour.html?panel=1`);
      await other.bringToFront();
      await untilPanel(panel, 'document.querySelector("main")?.dataset.state === "needs-click"', 'expected "click Lede to read this page" on a tab Lede was not clicked on');
      // Back on the seed tab: its story again.
      await seed.page.bringToFront();
      await untilPanel(panel, `document.querySelector("[data-testid=title]")?.textContent === ${JSON.stringify(title)}`, 'expected the seed story after switching back');
      // Lede's button on the other tab: the panel shows it, and no popup opens.
      await other.bringToFront();
      await untilPanel(panel, 'document.querySelector("main")?.dataset.state === "needs-click"', 'expected "click Lede" again on the other tab');
      const popupsBefore = new Set((await targetsLike(harness, popupUrl)).map((t) => t.targetId));
      await harness.cdp.send('Extensions.triggerAction' as never, { id: harness.extensionId, targetId: await tabTargetOf(harness, other) } as never);
      await untilPanel(panel, 'document.querySelector("[data-testid=title]")?.textContent === "Port Elling council approves ferry link to Carrow Island"', 'expected the clicked tab\'s story');
      const newPopups = (await targetsLike(harness, popupUrl)).filter((t) => !popupsBefore.has(t.targetId));
      check(newPopups.length === 0, `the click opened a popup beside the side panel: ${newPopups.map((t) => t.url).join(', ')}`);
      const shot = (await panel.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
      ctx.notes.push(
        `side panel: Keep open showed "${title}" (${summary} summary points, ${actors} actors; the popup ${popupGone ? 'closed itself' : 'stayed open'}); ` +
          `a tab never clicked: "click Lede to read this page"; back on the seed tab: its story; Lede's button on the other tab: its story in the panel, no popup ` +
          `(screenshot ${Math.round((shot.data.length * 3) / 4 / 1024)} KB)`,
      );
      sidePanelShot = shot.data;
      await other.close();
    } finally {
      // Later tests click for popups: the panel must go (a closed panel gives the clicks back to the
      // popup), and be gone for the browser before the next click.
      await harness.cdp.send('Target.closeTarget', { targetId: panelTarget.targetId }).catch(() => undefined);
      const gone = Date.now() + 5_000;
      while (Date.now() < gone && (await openSidePanels(harness)) > 0) await new Promise((r) => setTimeout(r, 50));
    }
  },
};

/** The panel's picture from the last run (base64 PNG), for the runner's screenshot folder. */
export let sidePanelShot: string | undefined;
