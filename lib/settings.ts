/**
 * Lede's settings: the one typed definition, its defaults, its migrations and its repair.
 *
 * Pure TypeScript (no browser API): `lib/platform/settings-storage.ts` stores it with WXT's
 * `storage.defineItem`, passing SETTINGS_VERSION and SETTINGS_MIGRATIONS, and runs every read
 * through `repairSettings` (as darkreader does) so a hand-edited, half-synced or older value can
 * never crash the popup or the reader.
 */
import { CLEANING_RULE_IDS, type CleaningRuleId } from './story/clean/cleaning-context';

export type SummaryLength = 'short' | 'medium' | 'long';
export type ActorType = 'person' | 'organization' | 'place';
export type ReaderFont = 'serif' | 'sans' | 'dyslexic';
export type ReaderTheme = 'light' | 'sepia' | 'dark' | 'system';
export type ReaderWidth = 'narrow' | 'medium' | 'wide';

/** Cleaning rules the user can switch off: the engine's own rule ids (lib/story/clean/). */
export type CleaningRule = CleaningRuleId;

export interface ReaderSettings {
  font: ReaderFont;
  /** Body text size in CSS pixels. */
  fontSize: number;
  width: ReaderWidth;
  lineHeight: number;
  theme: ReaderTheme;
}

export interface Settings {
  summaryLength: SummaryLength;
  /** Use the browser's own on-device summariser (Chrome's Summarizer API) when it is ready. */
  useBuiltInSummarizer: boolean;
  actorTypes: Record<ActorType, boolean>;
  cleaning: Record<CleaningRule, boolean>;
  reader: ReaderSettings;
  /** Host names (`www.example.com`) whose stories open in the reader as soon as they load. */
  alwaysReaderSites: string[];
}

export const SUMMARY_SENTENCES: Record<SummaryLength, number> = { short: 3, medium: 5, long: 7 };

export const SUMMARY_LENGTHS: SummaryLength[] = ['short', 'medium', 'long'];
export const ACTOR_TYPES: ActorType[] = ['person', 'organization', 'place'];
export const READER_FONTS: ReaderFont[] = ['serif', 'sans', 'dyslexic'];
export const READER_THEMES: ReaderTheme[] = ['light', 'sepia', 'dark', 'system'];
export const READER_WIDTHS: ReaderWidth[] = ['narrow', 'medium', 'wide'];
export const CLEANING_RULES: readonly CleaningRule[] = CLEANING_RULE_IDS;

export const FONT_SIZE_RANGE = { min: 14, max: 28 } as const;
export const LINE_HEIGHT_RANGE = { min: 1.2, max: 2.2 } as const;

export const DEFAULT_SETTINGS: Settings = {
  summaryLength: 'medium',
  useBuiltInSummarizer: false,
  actorTypes: { person: true, organization: true, place: true },
  cleaning: Object.fromEntries(CLEANING_RULE_IDS.map((rule) => [rule, true])) as Record<CleaningRule, boolean>,
  reader: { font: 'serif', fontSize: 19, width: 'medium', lineHeight: 1.6, theme: 'system' },
  alwaysReaderSites: [],
};

/**
 * Version 1 was the first draft's flat shape: `{ summarySentences: number, theme, fontSize }`.
 * Version 2 (current) names the summary length and groups the reader's typography.
 */
export const SETTINGS_VERSION = 2;

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1ToV2,
};

export function migrateV1ToV2(old: unknown): unknown {
  const v1 = isRecord(old) ? old : {};
  const sentences = typeof v1.summarySentences === 'number' ? v1.summarySentences : 5;
  return {
    summaryLength: sentences <= 3 ? 'short' : sentences >= 7 ? 'long' : 'medium',
    actorTypes: v1.actorTypes,
    cleaning: v1.cleaning,
    reader: { theme: v1.theme, fontSize: v1.fontSize },
    alwaysReaderSites: v1.alwaysReaderSites,
  };
}

/**
 * Any stored value in, valid Settings out: every field that is missing or invalid takes its
 * default; valid fields are kept. Never throws.
 */
export function repairSettings(value: unknown): Settings {
  const input = isRecord(value) ? value : {};
  const reader = isRecord(input.reader) ? input.reader : {};
  const d = DEFAULT_SETTINGS;
  return {
    summaryLength: oneOf(input.summaryLength, SUMMARY_LENGTHS, d.summaryLength),
    useBuiltInSummarizer: typeof input.useBuiltInSummarizer === 'boolean' ? input.useBuiltInSummarizer : d.useBuiltInSummarizer,
    actorTypes: booleanMap(input.actorTypes, ACTOR_TYPES, d.actorTypes),
    cleaning: booleanMap(input.cleaning, CLEANING_RULES, d.cleaning),
    reader: {
      font: oneOf(reader.font, READER_FONTS, d.reader.font),
      fontSize: numberIn(reader.fontSize, FONT_SIZE_RANGE, d.reader.fontSize, 1),
      width: oneOf(reader.width, READER_WIDTHS, d.reader.width),
      lineHeight: numberIn(reader.lineHeight, LINE_HEIGHT_RANGE, d.reader.lineHeight, 0.1),
      theme: oneOf(reader.theme, READER_THEMES, d.reader.theme),
    },
    alwaysReaderSites: siteList(input.alwaysReaderSites),
  };
}

/** `https://www.Example.com/news/x` or `www.example.com` -> `www.example.com`; null if not a host. */
export function normaliseHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  // A host name needs a dot (or is localhost) and only the characters of a DNS name or IPv4 address.
  if (!/^[a-z0-9.-]+$/.test(host) || (!host.includes('.') && host !== 'localhost')) return null;
  return host;
}

function siteList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = value.filter((v): v is string => typeof v === 'string').map(normaliseHost);
  return [...new Set(hosts.filter((h): h is string => h !== null))];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function booleanMap<K extends string>(value: unknown, keys: readonly K[], fallback: Record<K, boolean>): Record<K, boolean> {
  const input = isRecord(value) ? value : {};
  const out = {} as Record<K, boolean>;
  for (const key of keys) out[key] = typeof input[key] === 'boolean' ? (input[key] as boolean) : fallback[key];
  return out;
}

function numberIn(value: unknown, range: { min: number; max: number }, fallback: number, step: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const clamped = Math.min(range.max, Math.max(range.min, value));
  // Round to the control's step so 1.6000000001 from arithmetic does not show in the UI.
  return Number((Math.round(clamped / step) * step).toFixed(2));
}
