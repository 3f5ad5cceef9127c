import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyseStory } from '../lib/language/analyse-story';
import { prepareLanguageStage } from '../lib/language/prepare-language-stage';
import { watchForAlwaysReaderSites } from '../lib/platform/auto-reader';
import { answerAnalysisRequests } from '../lib/platform/background-analysis';
import { openReader } from '../lib/platform/open-reader';

const MENU_OPEN_READER = 'lede-open-reader';

/**
 * The background wires the ways into the reader other than the popup: the context menu, the
 * Alt+Shift+O command, and sites set to "always open in reader". Each of the first two grants
 * activeTab for the tab, exactly like the toolbar click, so the reader can read that tab.
 * It also runs the language stage for the popup and reader (see background-analysis.ts).
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_OPEN_READER, title: 'Open in Lede reader', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_OPEN_READER && tab) void openReader(tab);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'open-reader') return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target) await openReader(target);
  });
  watchForAlwaysReaderSites();
  answerAnalysisRequests(analyseStory, prepareLanguageStage);
});
