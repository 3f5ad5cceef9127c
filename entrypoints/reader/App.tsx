import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, SUMMARY_SENTENCES, type ReaderSettings } from '../../lib/settings';
import { sanitizeStoryHtml } from '../../lib/story/sanitize-story-html';
import type { Story } from '../../lib/story/types';
import { analyseInBackground } from '../../lib/platform/background-analysis';
import { extractFromTab, targetTab } from '../../lib/platform/extract-from-tab';
import { CLICK_AGAIN_MESSAGES, FORBIDDEN_MESSAGES } from '../../lib/platform/page-access';
import { returnToTab } from '../../lib/platform/open-reader';
import { loadSettings, updateSettings } from '../../lib/platform/settings-storage';
import { cachedStory, cacheStory } from '../../lib/platform/story-cache';
import { useSettings } from '../../lib/platform/use-settings';
import { toAnalysisView, visibleActors, type ActorView } from '../../components/analysis-view';
import { highlightNames } from '../../components/highlight-names';
import { ReaderView, type ReaderState } from '../../components/ReaderView';
import { canReadAloud, readAloud } from './read-aloud';

type Loaded = { state: 'loading' } | { state: 'story'; story: Story; forced: boolean } | { state: 'message'; title: string; message: string };

async function loadStory(): Promise<Loaded> {
  const params = new URLSearchParams(location.search);
  const wholePage = params.get('wholePage') === '1';
  const tabId = Number(params.get('tabId'));
  if (Number.isInteger(tabId) && tabId > 0) {
    const cached = await cachedStory(tabId);
    if (cached && cached.forced === wholePage) return { state: 'story', story: cached.story, forced: cached.forced };
  }
  const tab = await targetTab();
  if (!tab) return { state: 'message', title: 'The page is gone', message: 'The tab this story came from was closed.' };
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  const result = await extractFromTab(tab, { wholePage, rules: settings.cleaning });
  switch (result.state) {
    case 'story':
      void cacheStory(result.tabId, { url: result.url, story: result.story, forced: result.forced });
      return { state: 'story', story: result.story, forced: result.forced };
    case 'not-article':
      return {
        state: 'message',
        title: 'This page doesn’t look like a story',
        message: 'Open the reader from Lede’s popup and choose “Open in reader anyway” to see the whole page here.',
      };
    case 'forbidden':
      return { state: 'message', title: 'Lede can’t read this page', message: FORBIDDEN_MESSAGES[result.kind] };
    case 'click-again':
      return { state: 'message', ...CLICK_AGAIN_MESSAGES[result.why] };
    case 'needs-click':
      return { state: 'message', title: 'Lede has no access to this page', message: 'Click Lede’s button on the page, then open the reader.' };
    default:
      return { state: 'message', title: 'Something went wrong', message: `${result.message} Reload the page and try again.` };
  }
}

/** The reader page: the clean story of the tab given as `?tabId=N`. */
export function App() {
  const { settings } = useSettings();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [actors, setActors] = useState<ActorView[]>([]);
  const [highlight, setHighlight] = useState(false);
  const [speaking, setSpeaking] = useState(false);
  const stopSpeaking = useRef<(() => void) | null>(null);
  const tabId = Number(new URLSearchParams(location.search).get('tabId'));

  useEffect(() => {
    loadStory()
      .catch((error: unknown): Loaded => ({ state: 'message', title: 'Something went wrong', message: String(error) }))
      .then(setLoaded);
  }, []);

  const story = loaded.state === 'story' ? loaded.story : null;
  useEffect(() => {
    if (story) document.title = `${story.title} — Lede reader`;
  }, [story]);

  useEffect(() => {
    if (!story) return;
    let live = true;
    // After the story is on screen: actors are only needed for "Highlight actors".
    analyseInBackground(story, { summarySentences: SUMMARY_SENTENCES[settings.summaryLength] })
      .then((raw) => live && setActors(toAnalysisView(raw).actors))
      .catch(() => live && setActors([]));
    return () => {
      live = false;
    };
  }, [story, settings.summaryLength]);

  const shownActors = useMemo(() => visibleActors(actors, settings.actorTypes), [actors, settings.actorTypes]);
  // Sanitised here, in the extension page, right before it is rendered (the injected script doesn't).
  const cleanHtml = useMemo(() => (story ? sanitizeStoryHtml(story.html, window) : ''), [story]);
  const html = useMemo(
    () => (highlight && shownActors.length ? highlightNames(cleanHtml, shownActors, document) : cleanHtml),
    [cleanHtml, highlight, shownActors],
  );

  const back = useCallback(() => {
    if (Number.isInteger(tabId) && tabId > 0) void returnToTab(tabId);
  }, [tabId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) back();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      stopSpeaking.current?.();
    };
  }, [back]);

  const onReadAloud = () => {
    if (!story) return;
    if (speaking) {
      stopSpeaking.current?.();
      stopSpeaking.current = null;
      return;
    }
    setSpeaking(true);
    stopSpeaking.current = readAloud(`${story.title}\n\n${story.text}`, story.lang, () => setSpeaking(false));
  };

  const view: ReaderState =
    loaded.state === 'story' ? { state: 'story', story: loaded.story, html } : loaded.state === 'message' ? loaded : { state: 'loading' };

  return (
    <ReaderView
      view={view}
      reader={settings.reader}
      notice={loaded.state === 'story' && loaded.forced ? 'Lede found no story here, so this is the whole page, cleaned of scripts and menus.' : undefined}
      onChange={(reader: ReaderSettings) => void updateSettings((current) => ({ ...current, reader }))}
      speaking={speaking}
      canSpeak={Boolean(story) && canReadAloud()}
      onReadAloud={onReadAloud}
      onPrint={() => window.print()}
      highlight={highlight}
      canHighlight={shownActors.length > 0}
      onToggleHighlight={() => setHighlight((on) => !on)}
      onBack={back}
    />
  );
}
