import type { Story } from '../../lib/story/types';

/** A small hand-written story for component tests (all fields of the engine's Story). */
export function makeStory(overrides: Partial<Story> = {}): Story {
  const base = {
    pageType: 'article' as Story['pageType'],
    isNews: true,
    title: 'Council backs harbour plan',
    byline: 'Jane Roe',
    siteName: 'Harbour News',
    publishedTime: '2024-05-02T10:00:00Z',
    dateline: '',
    lang: 'en',
    dir: '' as Story['dir'],
    excerpt: 'The plan passed 7-2.',
    text: 'The council backed the plan on Tuesday.\n\nMayor Ann Lee said the vote was close.',
    blocks: [
      { kind: 'paragraph', text: 'The council backed the plan on Tuesday.' },
      { kind: 'paragraph', text: 'Mayor Ann Lee said the vote was close.' },
    ] as Story['blocks'],
    html: '<p>The council backed the plan on Tuesday.</p><p>Mayor Ann Lee said the vote was close.</p>',
    images: [] as Story['images'],
    wordCount: 16,
    readingMinutes: 1,
    removed: [] as Story['removed'],
  };
  const story: Story = { ...base, ...overrides };
  return story;
}
