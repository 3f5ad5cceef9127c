import { storage } from 'wxt/utils/storage';
import {
  repairSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  DEFAULT_SETTINGS,
  type Settings,
} from '../settings';

/**
 * Where the settings live: `storage.local` under one key, versioned by WXT (which runs
 * SETTINGS_MIGRATIONS when it meets an older version). Every read is repaired.
 */
export const SETTINGS_KEY = 'local:settings' as const;

export function createSettingsItem() {
  return storage.defineItem<Settings>(SETTINGS_KEY, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

export type SettingsItem = ReturnType<typeof createSettingsItem>;

let shared: SettingsItem | undefined;
/** One item per extension page; created on first use so nothing runs at import time. */
function settingsItem(): SettingsItem {
  shared ??= createSettingsItem();
  return shared;
}

/** The stored settings, repaired. An invalid stored value is written back repaired. */
export async function loadSettings(item: SettingsItem = settingsItem()): Promise<Settings> {
  const stored = await item.getValue();
  const repaired = repairSettings(stored);
  if (JSON.stringify(stored) !== JSON.stringify(repaired)) await item.setValue(repaired);
  return repaired;
}

export async function saveSettings(settings: Settings, item: SettingsItem = settingsItem()): Promise<void> {
  await item.setValue(repairSettings(settings));
}

/** Apply `change` to the current settings and store the result. */
export async function updateSettings(change: (current: Settings) => Settings, item: SettingsItem = settingsItem()): Promise<Settings> {
  const next = repairSettings(change(await loadSettings(item)));
  await item.setValue(next);
  return next;
}

/** Calls `listener` with repaired settings whenever any page changes them. Returns the unwatch. */
export function watchSettings(listener: (settings: Settings) => void, item: SettingsItem = settingsItem()): () => void {
  return item.watch((value) => listener(repairSettings(value)));
}
