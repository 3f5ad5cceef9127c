import type { Settings } from '../settings';
import { extractFromTab, turnsARuleOff, type TabStory, type TargetTab } from './extract-from-tab';

/**
 * Read a tab with the user's cleaning rules, without waiting for the settings first. Most readers
 * keep every rule on, so the tab is read with all of them while the settings load (10–60 ms on a
 * first click), and read again, after that first read has finished (the rules travel in a global
 * the engine script consumes), only when a rule turns out to be off. Used by the popup and by the
 * worker's read on the toolbar click.
 */
export async function readTabWithSettings(
  target: TargetTab,
  settingsRead: Promise<Settings>,
): Promise<{ result: TabStory; settings: Settings }> {
  const withAllRules = extractFromTab(target);
  const settings = await settingsRead;
  const result = turnsARuleOff(settings.cleaning)
    ? await withAllRules.then(() => extractFromTab(target, { rules: settings.cleaning }))
    : await withAllRules;
  return { result, settings };
}
