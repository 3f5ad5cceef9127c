import { useState } from 'preact/hooks';
import {
  ACTOR_TYPES,
  CLEANING_RULES,
  FONT_SIZE_RANGE,
  LINE_HEIGHT_RANGE,
  normaliseHost,
  READER_FONTS,
  READER_THEMES,
  READER_WIDTHS,
  SUMMARY_LENGTHS,
  SUMMARY_SENTENCES,
  type ActorType,
  type CleaningRule,
  type ReaderSettings,
  type Settings,
} from '../lib/settings';

export interface OptionsFormProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
  /** Turn "always open in reader" on for a host; resolves to an error message or null. */
  onAddSite: (host: string) => Promise<string | null>;
  onRemoveSite: (host: string) => void;
}

const ACTOR_TYPE_NAMES: Record<ActorType, string> = { person: 'People', organization: 'Organisations', place: 'Places' };
const FONT_NAMES = { serif: 'Serif', sans: 'Sans-serif', dyslexic: 'OpenDyslexic' } as const;
const THEME_NAMES = { light: 'Light', sepia: 'Sepia', dark: 'Dark', system: 'Follow the system' } as const;
const WIDTH_NAMES = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } as const;
/** What each of the engine's cleaning rules takes out, in a reader's words. */
const CLEANING_NAMES: Record<CleaningRule, string> = {
  'duplicate-captions': 'Captions printed twice',
  teasers: 'Teasers for other stories (“More in News”, “Most Read”, related stories)',
  'inline-links': 'Link lists inside the story (“Read more: …”)',
  'newsletter-share': 'Newsletter sign-ups, share buttons and tag lists',
  'calls-to-action': 'Calls to action inside the story (“Subscribe”, “Follow us”, “Book a demo”, advert labels)',
  copyright: 'Copyright, credit and affiliate-disclosure lines',
  'page-controls': 'Labels of page controls (“Image 1 of 5”, “Close”, “Print”, “Comments”, reading time)',
  bylines: 'Bylines and datelines inside the text (kept as the story’s byline)',
  comments: 'Readers’ comment threads',
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The options page's form. Every change is reported at once (there is no Save button). */
export function OptionsForm({ settings, onChange, onAddSite, onRemoveSite }: OptionsFormProps) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const setReader = <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) =>
    onChange({ ...settings, reader: { ...settings.reader, [key]: value } });

  const addSite = async (event: Event) => {
    event.preventDefault();
    const host = normaliseHost(site);
    if (!host) {
      setSiteError('Enter a site such as www.example.com.');
      return;
    }
    const error = await onAddSite(host);
    setSiteError(error);
    if (!error) setSite('');
  };

  return (
    <form class="options" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Summary length</legend>
        <p class="hint">The popup shows the first three points; “More” shows the rest.</p>
        {SUMMARY_LENGTHS.map((length) => (
          <label key={length}>
            <input
              type="radio"
              name="summaryLength"
              value={length}
              data-testid={`summary-${length}`}
              checked={settings.summaryLength === length}
              onChange={() => onChange({ ...settings, summaryLength: length })}
            />{' '}
            {capitalise(length)} ({SUMMARY_SENTENCES[length]} sentences)
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            data-testid="built-in-summarizer"
            checked={settings.useBuiltInSummarizer}
            onChange={(e) => onChange({ ...settings, useBuiltInSummarizer: e.currentTarget.checked })}
          />{' '}
          Use the browser’s own on-device summariser when it is ready (Chrome’s Summarizer API; nothing leaves your device)
        </label>
      </fieldset>

      <fieldset>
        <legend>Key actors to show</legend>
        {ACTOR_TYPES.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              data-testid={`actor-type-${type}`}
              checked={settings.actorTypes[type]}
              onChange={(e) => onChange({ ...settings, actorTypes: { ...settings.actorTypes, [type]: e.currentTarget.checked } })}
            />{' '}
            {ACTOR_TYPE_NAMES[type]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Cleaning: take out…</legend>
        {CLEANING_RULES.map((rule: CleaningRule) => (
          <label key={rule}>
            <input
              type="checkbox"
              data-testid={`cleaning-${rule}`}
              checked={settings.cleaning[rule]}
              onChange={(e) => onChange({ ...settings, cleaning: { ...settings.cleaning, [rule]: e.currentTarget.checked } })}
            />{' '}
            {CLEANING_NAMES[rule] ?? rule}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Reader</legend>
        <label>
          Font{' '}
          <select value={settings.reader.font} onChange={(e) => setReader('font', e.currentTarget.value as ReaderSettings['font'])}>
            {READER_FONTS.map((font) => (
              <option key={font} value={font}>
                {FONT_NAMES[font]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Text size{' '}
          <input
            type="number"
            min={FONT_SIZE_RANGE.min}
            max={FONT_SIZE_RANGE.max}
            value={settings.reader.fontSize}
            onChange={(e) => setReader('fontSize', Number(e.currentTarget.value))}
          />{' '}
          px
        </label>
        <label>
          Line width{' '}
          <select value={settings.reader.width} onChange={(e) => setReader('width', e.currentTarget.value as ReaderSettings['width'])}>
            {READER_WIDTHS.map((width) => (
              <option key={width} value={width}>
                {WIDTH_NAMES[width]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Line height{' '}
          <input
            type="number"
            step={0.1}
            min={LINE_HEIGHT_RANGE.min}
            max={LINE_HEIGHT_RANGE.max}
            value={settings.reader.lineHeight}
            onChange={(e) => setReader('lineHeight', Number(e.currentTarget.value))}
          />
        </label>
        <label>
          Theme{' '}
          <select
            data-testid="theme"
            value={settings.reader.theme}
            onChange={(e) => setReader('theme', e.currentTarget.value as ReaderSettings['theme'])}
          >
            {READER_THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {THEME_NAMES[theme]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>Always open in reader</legend>
        <p class="hint">Stories on these sites open in the reader as soon as they load. Lede asks for the site’s permission when you add it.</p>
        <ul class="sites">
          {settings.alwaysReaderSites.map((host) => (
            <li key={host}>
              <span>{host}</span>{' '}
              <button type="button" aria-label={`Remove ${host}`} onClick={() => onRemoveSite(host)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div class="add-site">
          <input
            type="text"
            placeholder="www.example.com"
            aria-label="Site"
            value={site}
            onInput={(e) => setSite(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && void addSite(e)}
          />{' '}
          <button type="button" onClick={(e) => void addSite(e)}>
            Add site
          </button>
        </div>
        {siteError && (
          <p class="error" role="alert">
            {siteError}
          </p>
        )}
      </fieldset>
    </form>
  );
}
