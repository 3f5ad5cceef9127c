import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyseStory, storySummary, type AnalyseOptions, type StoryText } from '../lib/language/analyse-story';
import { prepareLanguageStage, prepareSummaryStage } from '../lib/language/prepare-language-stage';
import { watchForAlwaysReaderSites } from '../lib/platform/auto-reader';
import { answerAnalysisRequests } from '../lib/platform/background-analysis';
import { loadModelFile } from '../lib/platform/model-file';
import { openReader } from '../lib/platform/open-reader';
import { readOnToolbarClick } from '../lib/platform/read-on-click';
import { rememberRecentAnalyses } from '../lib/platform/recent-analyses';
import { watchSidePanels } from '../lib/platform/side-panel';
import { loadSettings } from '../lib/platform/settings-storage';

const MENU_OPEN_READER = 'lede-open-reader';

/**
 * The background wires the ways into the reader other than the popup: the context menu, the
 * Alt+Shift+O command, and sites set to "always open in reader". Each of the first two grants
 * activeTab for the tab, exactly like the toolbar click, so the reader can read that tab.
 * It also runs the language stage for the popup and reader (see background-analysis.ts), and, in
 * Chrome, takes the toolbar click itself: it starts reading the tab while the popup opens
 * (read-on-click.ts).
 */
export default defineBackground(() => {
  const createMenu = () =>
    browser.contextMenus.create({ id: MENU_OPEN_READER, title: 'Open in Lede reader', contexts: ['page'] }, () => {
      // Read, so that a refusal is not reported as an unchecked error; the item then is simply absent.
      void browser.runtime.lastError;
    });
  if (import.meta.env.MANIFEST_VERSION === 2) {
    // Firefox's MV2 background page is persistent, and Firefox never keeps the menu items of a
    // persistent page across restarts (MDN, menus.create): create the item each time it starts.
    createMenu();
  } else {
    // Chrome keeps an extension's menu items: create the item once, when installed or updated.
    browser.runtime.onInstalled.addListener(createMenu);
  }
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_OPEN_READER && tab) void openReader(tab);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'open-reader') return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target) await openReader(target);
  });
  watchForAlwaysReaderSites();
  // Whether this worker has the entity model loaded: until it has, a click's summary (which needs
  // no model) is handed over first and the cast follows (read-on-click.ts).
  let modelLoaded = false;
  const remembered = rememberRecentAnalyses(analyseStory);
  const analyse = (story: StoryText, options: AnalyseOptions) => {
    const analysis = remembered(story, options);
    modelLoaded = true;
    return analysis;
  };
  const warm = () => {
    prepareLanguageStage();
    modelLoaded = true;
  };
  answerAnalysisRequests(analyse, warm, storySummary, loadModelFile);
  readOnToolbarClick({ loadSettings, analyse, summarise: storySummary, modelReady: () => modelLoaded, openReader, panels: watchSidePanels() });
  // The onStartup listener makes Chrome start the worker with the browser, so the toolbar click is
  // the worker's (read-on-click.ts) from the first click after a restart. A worker started with the
  // browser, or by installing Lede, compiles the summary code on a few made-up sentences while
  // nothing else happens, so that the first click's summary is as quick as later ones' (the e2e
  // run measured 50-90 ms for it in a cold worker). Only then: the worker also starts for other
  // events (a page of an "always open in reader" site loading), and those starts do nothing more.
  const warmSummary = () => setTimeout(() => {
    try {
      prepareSummaryStage();
    } catch {
      // The click's own summary meets the same failure.
    }
  }, 0);
  browser.runtime.onStartup.addListener(warmSummary);
  browser.runtime.onInstalled.addListener(warmSummary);
});
