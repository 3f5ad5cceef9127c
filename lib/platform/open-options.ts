import { browser } from 'wxt/browser';

export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
