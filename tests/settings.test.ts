import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, migrateV1ToV2, normaliseHost, repairSettings, SETTINGS_VERSION, type Settings } from '../lib/settings';
import { createSettingsItem, loadSettings, saveSettings, updateSettings, watchSettings } from '../lib/platform/settings-storage';

const KEY = 'settings';
const META_KEY = 'settings$';

describe('settings: defaults and repair (pure)', () => {
  it('gives the defaults for nothing stored', () => {
    expect(repairSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs only the invalid ones', () => {
    const repaired = repairSettings({
      summaryLength: 'long',
      actorTypes: { person: false, organization: 'yes', place: true },
      cleaning: { teasers: false, bylines: 3, 'most-read': false },
      reader: { font: 'comic-sans', fontSize: 400, width: 'wide', lineHeight: Number.NaN, theme: 'dark' },
      alwaysReaderSites: ['https://WWW.Example.com/news/1', 'not a host', 42, 'www.example.com'],
    });
    expect(repaired.summaryLength).toBe('long');
    expect(repairSettings({ useBuiltInSummarizer: 'yes' }).useBuiltInSummarizer).toBe(false);
    expect(repairSettings({ useBuiltInSummarizer: true }).useBuiltInSummarizer).toBe(true);
    expect(repaired.actorTypes).toEqual({ person: false, organization: true, place: true });
    expect(repaired.cleaning).toEqual({ ...DEFAULT_SETTINGS.cleaning, teasers: false });
    expect(repaired.reader).toEqual({ font: 'serif', fontSize: 28, width: 'wide', lineHeight: DEFAULT_SETTINGS.reader.lineHeight, theme: 'dark' });
    expect(repaired.alwaysReaderSites).toEqual(['www.example.com']);
  });

  it('gives a cleaning rule added after the value was stored its default (on), and keeps the others', () => {
    const stored = { cleaning: { 'duplicate-captions': true, teasers: false, 'inline-links': true, 'newsletter-share': true, bylines: true } };
    const repaired = repairSettings(stored).cleaning;
    expect(repaired.comments).toBe(true);
    expect(repaired.teasers).toBe(false);
  });

  it('rounds numbers to the controls’ steps', () => {
    expect(repairSettings({ reader: { lineHeight: 1.7000000000000002, fontSize: 17.4 } }).reader).toMatchObject({ lineHeight: 1.7, fontSize: 17 });
  });

  it('normalises hosts and refuses what is not one', () => {
    expect(normaliseHost('https://www.example.com/a?b')).toBe('www.example.com');
    expect(normaliseHost(' News.Example.org ')).toBe('news.example.org');
    expect(normaliseHost('localhost')).toBe('localhost');
    expect(normaliseHost('')).toBeNull();
    expect(normaliseHost('nodot')).toBeNull();
    expect(normaliseHost('javascript:alert(1)')).toBeNull();
  });

  it('migrates the v1 flat shape', () => {
    const migrated = repairSettings(migrateV1ToV2({ summarySentences: 3, theme: 'sepia', fontSize: 22 }));
    expect(migrated.summaryLength).toBe('short');
    expect(migrated.reader.theme).toBe('sepia');
    expect(migrated.reader.fontSize).toBe(22);
    expect(repairSettings(migrateV1ToV2({ summarySentences: 7 })).summaryLength).toBe('long');
    expect(repairSettings(migrateV1ToV2('junk'))).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings in storage (WXT fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads defaults from empty storage', async () => {
    expect(await loadSettings(createSettingsItem())).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips a saved value', async () => {
    const item = createSettingsItem();
    const mine: Settings = { ...DEFAULT_SETTINGS, summaryLength: 'short', reader: { ...DEFAULT_SETTINGS.reader, theme: 'dark' } };
    await saveSettings(mine, item);
    expect(await loadSettings(createSettingsItem())).toEqual(mine);
    const stored = await fakeBrowser.storage.local.get([KEY, META_KEY]);
    expect(stored[META_KEY]).toEqual({ v: SETTINGS_VERSION });
  });

  it('runs the v1 -> v2 migration on a value stored by version 1', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { summarySentences: 7, theme: 'dark', fontSize: 24 } });
    const settings = await loadSettings(createSettingsItem());
    expect(settings.summaryLength).toBe('long');
    expect(settings.reader.theme).toBe('dark');
    expect(settings.reader.fontSize).toBe(24);
    const stored = await fakeBrowser.storage.local.get([KEY, META_KEY]);
    expect(stored[META_KEY]).toEqual({ v: 2 });
    expect((stored[KEY] as Settings).reader.theme).toBe('dark');
  });

  it('repairs an invalid stored value and writes the repair back', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { summaryLength: 'huge', reader: { theme: 'neon' } }, [META_KEY]: { v: 2 } });
    const settings = await loadSettings(createSettingsItem());
    expect(settings.summaryLength).toBe('medium');
    expect(settings.reader.theme).toBe('system');
    const stored = await fakeBrowser.storage.local.get(KEY);
    expect(stored[KEY]).toEqual(settings);
  });

  it('tells watchers about changes made elsewhere, repaired', async () => {
    const item = createSettingsItem();
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s), item);
    await updateSettings((s) => ({ ...s, reader: { ...s.reader, theme: 'sepia' } }), item);
    await fakeBrowser.storage.local.set({ [KEY]: { summaryLength: 'short', reader: { fontSize: -3 } } });
    unwatch();
    expect(seen.map((s) => s.reader.theme)).toEqual(['sepia', 'system']);
    expect(seen[1].summaryLength).toBe('short');
    expect(seen[1].reader.fontSize).toBe(14);
  });
});
