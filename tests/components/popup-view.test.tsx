// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { PopupView } from '../../components/PopupView';
import { CastGrid, GLANCE_CAST } from '../../components/CastGrid';
import type { AnalysisView } from '../../components/analysis-view';
import { click, mount } from './render';
import { makeStory } from './story';

const analysis: AnalysisView = {
  summary: ['The council backed the plan.', 'The vote was close.'],
  actors: [
    { name: 'Ann Lee', type: 'person', role: 'mayor', mentions: 3 },
    { name: 'Harbour Council', type: 'organization', role: '', mentions: 2 },
    { name: 'Juneau', type: 'place', role: '', mentions: 1 },
    { name: 'Bob Poe', type: 'person', role: 'councillor', mentions: 1 },
  ],
  quotes: [{ text: 'It was close', speaker: 'Ann Lee' }],
};

const texts = (el: Element, selector: string) => [...el.querySelectorAll(selector)].map((node) => node.textContent);

describe('PopupView', () => {
  it('shows a loading state at once, with text, and says when the page is slow to load', () => {
    const el = mount(<PopupView view={{ state: 'loading' }} />);
    expect(el.querySelector('[data-testid=loading]')?.textContent).toContain('Reading the page');
    expect(el.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    const slow = mount(<PopupView view={{ state: 'loading', slow: true }} />);
    expect(slow.querySelector('[data-testid=loading]')?.textContent).toContain('still loading');
  });

  it('shows the story: kind, site, title, byline, reading time, summary points, the cast as chips, quotes and removed folded', () => {
    const story = makeStory({
      removed: [
        { reason: 'duplicate-caption', text: 'A caption' },
        { reason: 'teaser', text: 'Teaser one' },
        { reason: 'teaser', text: 'Teaser two' },
      ],
    });
    const el = mount(<PopupView view={{ state: 'story', story, analysis }} />);
    expect(el.querySelector('[data-testid=page-kind]')?.textContent).toBe('News story');
    expect(el.querySelector('[data-testid=title]')?.textContent).toBe('Council backs harbour plan');
    expect(el.querySelector('[data-testid=source]')?.textContent).toBe('Harbour News');
    expect(el.querySelector('[data-testid=byline]')?.textContent).toBe('Jane Roe');
    expect(el.querySelector('[data-testid=reading-time]')?.textContent).toBe('1 min read');
    expect(texts(el, '[data-testid=summary] li')).toEqual(analysis.summary);
    // People first (with roles), then organisations and places, each in the language stage's order.
    expect([...el.querySelectorAll('[data-testid=actor]')].map((a) => [a.getAttribute('data-actor-type'), a.querySelector('.chip-name')?.textContent])).toEqual([
      ['person', 'Ann Lee'],
      ['person', 'Bob Poe'],
      ['organization', 'Harbour Council'],
      ['place', 'Juneau'],
    ]);
    const mayor = el.querySelector('[data-testid=actor]');
    expect(mayor?.textContent).toContain('mayor');
    expect(mayor?.textContent).toContain('3×');
    expect(mayor?.getAttribute('aria-label')).toBe('Ann Lee, mayor, person, named 3 times');
    expect(el.querySelector('[data-testid=removed]')?.textContent).toBe('Removed: 1 duplicate caption, 2 teasers');
    expect(el.querySelector('details.quotes [data-testid=quote]')?.textContent).toContain('It was close');
    expect(el.querySelector('details.quotes')?.hasAttribute('open')).toBe(false);
  });

  it('speaks of a story only for news', () => {
    const news = mount(<PopupView view={{ state: 'story', story: makeStory({ pageType: 'article', isNews: true }), analysis }} />);
    expect(news.querySelector('[data-testid=page-kind]')?.textContent).toBe('News story');
    expect(news.querySelector('.cast h2')?.textContent).toBe('Who’s in the story');
    const essay = mount(<PopupView view={{ state: 'story', story: makeStory({ pageType: 'article', isNews: false }), analysis }} />);
    expect(essay.querySelector('[data-testid=page-kind]')?.textContent).toBe('Article');
    expect(essay.textContent).not.toMatch(/story/i);
  });

  it('a discussion thread: says so, shows the opening post, names without roles, no quotes as a cast', () => {
    const story = makeStory({
      pageType: 'forum',
      isNews: false,
      title: 'Best way to winter a sailboat?',
      blocks: [
        { kind: 'list-item', text: '#1' },
        { kind: 'list-item', text: 'This is my first winter keeping the boat in the water. What should I do?' },
        { kind: 'list-item', text: 'Keep the batteries aboard on a charger.' },
      ],
    });
    const el = mount(<PopupView view={{ state: 'story', story, analysis }} />);
    expect(el.querySelector('main article')?.getAttribute('data-page-type')).toBe('forum');
    expect(el.querySelector('[data-testid=page-kind]')?.textContent).toBe('Discussion');
    // Forums mark posts up as list items; a post number is not the opening post.
    expect(el.querySelector('.opening-text')?.textContent).toBe('This is my first winter keeping the boat in the water. What should I do?');
    expect(el.querySelector('.cast h2')?.textContent).toBe('Named in the thread');
    expect(el.querySelector('.chip-role-text')).toBeNull();
    expect(el.querySelector('[data-testid=quote]')).toBeNull();
    expect(el.textContent).not.toMatch(/story/i);
  });

  it('a documentation page: its introduction and headings, no cast', () => {
    const story = makeStory({
      pageType: 'documentation',
      isNews: false,
      blocks: [
        { kind: 'paragraph', text: 'This guide shows how to configure the tide sensor.' },
        { kind: 'heading', text: 'Install', level: 2 },
        { kind: 'paragraph', text: 'Run the installer.' },
        { kind: 'heading', text: 'Calibrate', level: 2 },
      ],
    });
    const el = mount(<PopupView view={{ state: 'story', story, analysis }} />);
    expect(el.querySelector('[data-testid=page-kind]')?.textContent).toBe('Documentation');
    expect(texts(el, '[data-testid=outline] li')).toEqual(['Install', 'Calibrate']);
    expect(el.querySelector('[data-testid=actor]')).toBeNull();
    expect(el.querySelector('[data-testid=summary]')).toBeNull();
  });

  it('shows three points at a glance and the rest of the summary on request', () => {
    const summary = ['One.', 'Two.', 'Three.', 'Four.', 'Five.'];
    const el = mount(<PopupView view={{ state: 'story', story: makeStory(), analysis: { ...analysis, summary } }} />);
    expect(texts(el, '[data-testid=summary] li')).toEqual(['One.', 'Two.', 'Three.']);
    const more = el.querySelector('[data-testid=summary-more]');
    expect(more?.textContent).toBe('More: 2 more points');
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    click(more);
    expect(texts(el, '[data-testid=summary] li')).toEqual(summary);
    expect(el.querySelector('[data-testid=summary-more]')?.textContent).toBe('Less');
  });

  it('says when there is no summary instead of leaving a gap, and while it is on its way', () => {
    const el = mount(<PopupView view={{ state: 'story', story: makeStory(), analysis: { summary: [], actors: [], quotes: [] } }} />);
    expect(el.querySelector('[data-testid=summary]')).toBeNull();
    expect(el.textContent).toContain('No summary for this page yet.');
    expect(el.querySelector('[data-testid=removed]')?.textContent).toBe('Nothing removed');
    const waiting = mount(<PopupView view={{ state: 'story', story: makeStory(), analysis: { summary: [], actors: [], quotes: [] }, analysing: true }} />);
    expect(waiting.querySelector('[data-testid=analysing]')).not.toBeNull();
    expect(waiting.textContent).not.toContain('No summary');
  });

  it('says a partial read is partial', () => {
    const el = mount(<PopupView view={{ state: 'story', story: makeStory(), analysis, partial: true }} />);
    expect(el.querySelector('[data-testid=partial]')?.textContent).toContain('still loading');
  });

  it('reports the reader, keep-open and copy buttons, and offers "Keep open" only where there is a side panel', () => {
    const onOpenReader = vi.fn();
    const onCopyMarkdown = vi.fn();
    const onKeepOpen = vi.fn();
    const el = mount(
      <PopupView view={{ state: 'story', story: makeStory(), analysis }} onOpenReader={onOpenReader} onCopyMarkdown={onCopyMarkdown} onKeepOpen={onKeepOpen} />,
    );
    click(el.querySelector('[data-testid=open-reader]'));
    click(el.querySelector('[data-testid=copy-markdown]'));
    click(el.querySelector('[data-testid=keep-open]'));
    expect(onOpenReader).toHaveBeenCalledTimes(1);
    expect(onCopyMarkdown).toHaveBeenCalledTimes(1);
    expect(onKeepOpen).toHaveBeenCalledTimes(1);
    const without = mount(<PopupView view={{ state: 'story', story: makeStory(), analysis }} />);
    expect(without.querySelector('[data-testid=keep-open]')).toBeNull();
  });

  it('shows the Markdown to copy by hand when the clipboard refused', () => {
    const el = mount(<PopupView view={{ state: 'story', story: makeStory(), analysis }} copy={{ state: 'manual', markdown: '# Title' }} />);
    expect((el.querySelector('[data-testid=markdown]') as HTMLTextAreaElement).value).toBe('# Title');
  });

  it('not an article: says so and offers the reader anyway', () => {
    const onOpenAnyway = vi.fn();
    const el = mount(<PopupView view={{ state: 'not-article' }} onOpenAnyway={onOpenAnyway} />);
    expect(el.textContent).toContain("This page doesn't look like a story");
    const button = el.querySelector('[data-testid=open-reader]');
    expect(button?.textContent).toBe('Open in reader anyway');
    click(button);
    expect(onOpenAnyway).toHaveBeenCalled();
  });

  it('names the kind of page the engine recognised, with "Open in reader anyway"', () => {
    const cases: [string, string][] = [
      ['product', 'This looks like a product page'],
      ['listing', 'This looks like a list of links'],
      ['collection', 'This looks like a category page'],
      ['service', 'This looks like a company or service page'],
      ['nonsense', "This page doesn't look like a story"],
    ];
    for (const [pageType, title] of cases) {
      const el = mount(<PopupView view={{ state: 'not-article', pageType }} />);
      expect(el.querySelector('[data-testid=not-article] h1')?.textContent).toBe(title);
      expect(el.querySelector('[data-testid=open-reader]')?.textContent).toBe('Open in reader anyway');
    }
  });

  it('forbidden, click-again and error states have text and a way on', () => {
    const forbidden = mount(<PopupView view={{ state: 'forbidden', message: 'Browsers don’t let extensions read the extension store.' }} />);
    expect(forbidden.textContent).toContain('extension store');
    const again = mount(<PopupView view={{ state: 'click-again', title: 'The page changed after your click', message: 'Click again.' }} />);
    expect(again.querySelector('[data-testid=click-again]')?.textContent).toContain('changed');
    expect(again.textContent).not.toContain('can’t read');
    const onRetry = vi.fn();
    const error = mount(<PopupView view={{ state: 'error', message: 'extraction failed: boom' }} onRetry={onRetry} />);
    expect(error.querySelector('[role=alert]')?.textContent).toContain('boom');
    click(error.querySelector('[data-testid=retry]'));
    expect(onRetry).toHaveBeenCalled();
  });

  it('gives RTL stories their direction', () => {
    const el = mount(<PopupView view={{ state: 'story', story: makeStory({ dir: 'rtl', lang: 'ar' }), analysis }} />);
    expect(el.querySelector('[data-testid=title]')?.getAttribute('dir')).toBe('rtl');
    expect(el.querySelector('[data-testid=summary]')?.getAttribute('dir')).toBe('rtl');
  });
});

describe('CastGrid', () => {
  const people = Array.from({ length: 8 }, (_, i) => ({ name: `Person ${i}`, type: 'person' as const, role: '', mentions: 8 - i }));

  it('shows the first few of each type and everyone else on request, with the uncertain names', () => {
    const el = mount(<CastGrid actors={people} heading="Who’s in the story" allNamesLabel="Everyone named" alsoMentioned={['Kim Park']} />);
    expect(el.querySelectorAll('[data-testid=actor]')).toHaveLength(GLANCE_CAST.person);
    expect(el.querySelector('[data-testid=also-mentioned]')).toBeNull();
    const more = el.querySelector('[data-testid=cast-more]');
    expect(more?.textContent).toBe('Everyone named (3 more)');
    click(more);
    expect(el.querySelectorAll('[data-testid=actor]')).toHaveLength(8);
    expect(el.querySelector('[data-testid=also-mentioned]')?.textContent).toBe('Also mentioned: Kim Park');
  });

  it('shows the uncertain names at once when there are no others', () => {
    const el = mount(<CastGrid actors={[]} heading="h" allNamesLabel="all" alsoMentioned={['Kim Park', 'Lo Tan']} />);
    expect(el.querySelector('[data-testid=also-mentioned]')?.textContent).toBe('Also mentioned: Kim Park, Lo Tan');
    expect(el.querySelector('[data-testid=cast-more]')).toBeNull();
  });

  it('says why there is no cast when the language has no model', () => {
    const el = mount(<CastGrid actors={[]} heading="h" allNamesLabel="all" withheldLang="de" />);
    expect(el.querySelector('[data-testid=actors-withheld]')?.textContent).toContain('German');
  });
});
