import {
  FONT_SIZE_RANGE,
  LINE_HEIGHT_RANGE,
  READER_THEMES,
  type ReaderFont,
  type ReaderSettings,
  type ReaderTheme,
  type ReaderWidth,
} from '../lib/settings';

export interface ReaderToolbarProps {
  reader: ReaderSettings;
  onChange: (reader: ReaderSettings) => void;
  speaking: boolean;
  canSpeak: boolean;
  onReadAloud: () => void;
  onPrint: () => void;
  highlight: boolean;
  canHighlight: boolean;
  onToggleHighlight: () => void;
  onBack?: () => void;
}

const THEME_NAMES: Record<ReaderTheme, string> = { light: 'Light', sepia: 'Sepia', dark: 'Dark', system: 'System' };

/** Typography, theme and actions of the reader. Every control is a native, keyboard-usable one. */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { reader, onChange } = props;
  const set = <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) => onChange({ ...reader, [key]: value });
  const step = (delta: number) =>
    set('fontSize', Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, reader.fontSize + delta)));
  return (
    <div class="reader-toolbar" role="toolbar" aria-label="Reader settings">
      {props.onBack && (
        <button type="button" onClick={props.onBack} title="Back to the page">
          ← Page
        </button>
      )}
      <label>
        Font{' '}
        <select data-testid="font" value={reader.font} onChange={(e) => set('font', e.currentTarget.value as ReaderFont)}>
          <option value="serif">Serif</option>
          <option value="sans">Sans</option>
          <option value="dyslexic">OpenDyslexic</option>
        </select>
      </label>
      <span class="group" role="group" aria-label="Text size">
        <button type="button" aria-label="Smaller text" onClick={() => step(-1)} disabled={reader.fontSize <= FONT_SIZE_RANGE.min}>
          A−
        </button>
        <span class="size" data-testid="font-size">{reader.fontSize}px</span>
        <button type="button" aria-label="Larger text" onClick={() => step(1)} disabled={reader.fontSize >= FONT_SIZE_RANGE.max}>
          A+
        </button>
      </span>
      <label>
        Width{' '}
        <select value={reader.width} onChange={(e) => set('width', e.currentTarget.value as ReaderWidth)}>
          <option value="narrow">Narrow</option>
          <option value="medium">Medium</option>
          <option value="wide">Wide</option>
        </select>
      </label>
      <label>
        Spacing{' '}
        <input
          type="range"
          min={LINE_HEIGHT_RANGE.min}
          max={LINE_HEIGHT_RANGE.max}
          step={0.1}
          value={reader.lineHeight}
          onInput={(e) => set('lineHeight', Number(e.currentTarget.value))}
        />
      </label>
      <span class="group" role="group" aria-label="Theme">
        {READER_THEMES.map((theme) => (
          <button type="button" key={theme} aria-pressed={reader.theme === theme} data-testid={`theme-${theme}`} onClick={() => set('theme', theme)}>
            {THEME_NAMES[theme]}
          </button>
        ))}
      </span>
      <button type="button" data-testid="read-aloud" onClick={props.onReadAloud} disabled={!props.canSpeak} aria-pressed={props.speaking}>
        {props.speaking ? 'Stop reading' : 'Read aloud'}
      </button>
      <button
        type="button"
        data-testid="highlight-actors"
        onClick={props.onToggleHighlight}
        disabled={!props.canHighlight}
        aria-pressed={props.highlight}
        title={props.canHighlight ? 'Mark the key actors in the text' : 'No key actors found for this story'}
      >
        Highlight actors
      </button>
      <button type="button" onClick={props.onPrint}>
        Print
      </button>
    </div>
  );
}
