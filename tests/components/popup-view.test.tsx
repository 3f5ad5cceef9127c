// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { PopupView } from '../../components/PopupView';
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

describe('PopupView', () => {
  it('shows a loading state at once, with text', () => {
    const el = mount(<PopupView view={{ state: 'loading' }} />);
    expect(el.querySelector('[data-testid=loading]')?.textContent).toContain('Reading the page');
    expect(el.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });

  it('shows the story: title, source, reading time, summary, grouped actors, removed line', () => {
    const story = makeStory({
      removed: [
        { reason: 'duplicate-caption', text: 'A caption' },
        { reason: 'teaser', text: 'Teaser one' },
        { reason: 'teaser', text: 'Teaser two' },
      ],
    });
    const el = mount(<PopupView view={{ state: 'story', story, analysis }} />);
    expect(el.querySelector('[data-testid=title]')?.textContent).toBe('Council backs harbour plan');
    expect(el.querySelector('[data-testid=source]')?.textContent).toBe('Harbour News · Jane Roe');
    expect(el.querySelector('[data-testid=reading-time]')?.textContent).toBe('1 min read');
    expect([...el.querySelectorAll('[data-testid=summary] li')].map((li) => li.textContent)).toEqual(analysis.summary);
    const groups = [...el.querySelectorAll('.actor-group')].map((g) => [g.querySelector('h2')?.textContent, g.querySelectorAll('[data-testid=actor]').length]);
    expect(groups).toEqual([['People', 2], ['Organisations', 1], ['Places', 1]]);
    const mayor = el.querySelector('[data-testid=actor]')?.textContent;
    expect(mayor).toContain('Ann Lee');
    expect(mayor).toContain('mayor');
    expect(mayor).toContain('×3');
    expect(el.querySelector('[data-testid=removed]')?.textContent).toBe('Removed: 1 duplicate caption, 2 teasers');
    expect(el.querySelector('[data-testid=quote]')?.textContent).toContain('It was close');
  });

  it('says when there is no summary instead of leaving a gap', () => {
    const el = mount(<PopupView view={{ state: 'story', story: makeStory(), analysis: { summary: [], actors: [], quotes: [] } }} />);
    expect(el.querySelector('[data-testid=summary]')).toBeNull();
    expect(el.textContent).toContain('No summary for this story yet.');
    expect(el.querySelector('[data-testid=removed]')?.textContent).toBe('Nothing removed');
  });

  it('reports the reader and copy buttons', () => {
    const onOpenReader = vi.fn();
    const onCopyMarkdown = vi.fn();
    const el = mount(<PopupView view={{ state: 'story', story: makeStory(), analysis }} onOpenReader={onOpenReader} onCopyMarkdown={onCopyMarkdown} />);
    click(el.querySelector('[data-testid=open-reader]'));
    click(el.querySelector('[data-testid=copy-markdown]'));
    expect(onOpenReader).toHaveBeenCalledTimes(1);
    expect(onCopyMarkdown).toHaveBeenCalledTimes(1);
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

  it('forbidden page and error states have text and a way on', () => {
    const forbidden = mount(<PopupView view={{ state: 'forbidden', message: 'Browsers don’t let extensions read the extension store.' }} />);
    expect(forbidden.textContent).toContain('extension store');
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

describe('ActorList', () => {
  it('shows the first few per group and the rest on request', async () => {
    const { ActorList } = await import('../../components/ActorList');
    const people = Array.from({ length: 8 }, (_, i) => ({ name: `Person ${i}`, type: 'person' as const, role: '', mentions: 8 - i }));
    const el = mount(<ActorList actors={people} perGroup={3} />);
    expect(el.querySelectorAll('[data-testid=actor]')).toHaveLength(3);
    const more = el.querySelector('button.more');
    expect(more?.textContent).toBe('5 more');
    click(more);
    expect(el.querySelectorAll('[data-testid=actor]')).toHaveLength(8);
    expect(el.querySelector('button.more')).toBeNull();
  });
});
