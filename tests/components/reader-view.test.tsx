// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { ReaderView, type ReaderViewProps } from '../../components/ReaderView';
import { formatDate } from '../../components/ArticleView';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { click, mount } from './render';
import { makeStory } from './story';

function props(overrides: Partial<ReaderViewProps> = {}): ReaderViewProps {
  return {
    view: { state: 'story', story: makeStory(), html: '<p>The council backed the plan.</p><figure><img src="https://x.test/a.jpg" alt=""><figcaption>A caption</figcaption></figure>' },
    reader: DEFAULT_SETTINGS.reader,
    onChange: vi.fn(),
    speaking: false,
    canSpeak: true,
    onReadAloud: vi.fn(),
    onPrint: vi.fn(),
    highlight: false,
    canHighlight: false,
    onToggleHighlight: vi.fn(),
    ...overrides,
  };
}

describe('ReaderView', () => {
  it('renders the story under data-testid=reader with headline, byline, date and body', () => {
    const el = mount(<ReaderView {...props()} />);
    const root = el.querySelector('[data-testid=reader]')!;
    expect(root.getAttribute('data-state')).toBe('story');
    expect(el.querySelector('[data-testid=reader-title]')?.textContent).toBe('Council backs harbour plan');
    expect(el.querySelector('[data-testid=reader-byline]')?.textContent).toBe('Jane Roe');
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe('2024-05-02T10:00:00Z');
    expect(el.querySelectorAll('figcaption')).toHaveLength(1);
  });

  it('carries the typography and theme settings', () => {
    const reader = { font: 'dyslexic', fontSize: 22, width: 'wide', lineHeight: 1.8, theme: 'sepia' } as const;
    const root = mount(<ReaderView {...props({ reader })} />).querySelector('[data-testid=reader]') as HTMLElement;
    expect(root.getAttribute('data-theme')).toBe('sepia');
    expect(root.className).toContain('font-dyslexic');
    expect(root.className).toContain('width-wide');
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('22px');
    expect(root.style.getPropertyValue('--reader-line-height')).toBe('1.8');
  });

  it('reports toolbar changes as new reader settings', () => {
    const onChange = vi.fn();
    const el = mount(<ReaderView {...props({ onChange })} />);
    click(el.querySelector('[data-testid=theme-dark]'));
    click(el.querySelector('[aria-label="Larger text"]'));
    expect(onChange).toHaveBeenNthCalledWith(1, { ...DEFAULT_SETTINGS.reader, theme: 'dark' });
    expect(onChange).toHaveBeenNthCalledWith(2, { ...DEFAULT_SETTINGS.reader, fontSize: DEFAULT_SETTINGS.reader.fontSize + 1 });
    expect(el.querySelector('[data-testid=theme-system]')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('read aloud, print and highlight buttons call back; highlight is disabled without actors', () => {
    const onReadAloud = vi.fn();
    const onPrint = vi.fn();
    const el = mount(<ReaderView {...props({ onReadAloud, onPrint })} />);
    click(el.querySelector('[data-testid=read-aloud]'));
    click([...el.querySelectorAll('button')].find((b) => b.textContent === 'Print')!);
    expect(onReadAloud).toHaveBeenCalled();
    expect(onPrint).toHaveBeenCalled();
    expect((el.querySelector('[data-testid=highlight-actors]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('renders right-to-left stories right-to-left', () => {
    const view = { state: 'story' as const, story: makeStory({ dir: 'rtl', lang: 'ar' }), html: '<p>نص</p>' };
    const article = mount(<ReaderView {...props({ view })} />).querySelector('article')!;
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.getAttribute('lang')).toBe('ar');
  });

  it('shows a message state instead of a blank page', () => {
    const el = mount(<ReaderView {...props({ view: { state: 'message', title: 'Lede can’t read this page', message: 'PDF' } })} />);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Lede can’t read this page');
  });

  it('formats dates and keeps what is not one', () => {
    expect(formatDate('2021-03-17T14:12:00-08:00', 'en-US')).toBe('March 17, 2021');
    expect(formatDate('last Tuesday')).toBe('last Tuesday');
    expect(formatDate('')).toBe('');
  });
});
