import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import TurndownService from 'turndown';
import { analyseStory } from '../../lib/language/analyse-story';
import { SUMMARY_SENTENCES } from '../../lib/settings';
import { sanitizeStoryHtml } from '../../lib/story/sanitize-story-html';
import { copyText } from '../../lib/platform/clipboard';
import { extractFromTab, targetTab, type TabStory, type TargetTab } from '../../lib/platform/extract-from-tab';
import { openOptions } from '../../lib/platform/open-options';
import { openReader } from '../../lib/platform/open-reader';
import { FORBIDDEN_MESSAGES } from '../../lib/platform/page-access';
import { cacheStory } from '../../lib/platform/story-cache';
import { useSettings } from '../../lib/platform/use-settings';
import { toAnalysisView, visibleActors, type AnalysisView } from '../../components/analysis-view';
import { PopupView, type CopyStatus, type PopupState } from '../../components/PopupView';
import { storyMarkdown } from '../../components/story-markdown';

const NO_ANALYSIS: AnalysisView = { summary: [], actors: [], quotes: [] };

/** The toolbar popup: reads the clicked tab, then shows the story, or says why there is none. */
export function App() {
  const { settings } = useSettings();
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [result, setResult] = useState<TabStory | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [copy, setCopy] = useState<CopyStatus>({ state: 'idle' });
  // null until the language stage has run on the current story.
  const [analysis, setAnalysis] = useState<AnalysisView | null>(null);

  useEffect(() => {
    let live = true;
    setResult(null);
    setAnalysis(null);
    (async () => {
      const target = await targetTab();
      if (!target) return { state: 'error', message: 'No tab to read.' } as TabStory;
      if (live) setTab(target);
      const tabStory = await extractFromTab(target);
      if (tabStory.state === 'story') void cacheStory(tabStory.tabId, { url: tabStory.url, story: tabStory.story, forced: false });
      return tabStory;
    })()
      .catch((error: unknown): TabStory => ({ state: 'error', message: error instanceof Error ? error.message : String(error) }))
      .then((tabStory) => live && setResult(tabStory));
    return () => {
      live = false;
    };
  }, [attempt]);

  // The text half runs here, and again when the summary length changes in the options.
  const story = result?.state === 'story' ? result.story : null;
  useEffect(() => {
    if (!story) return;
    let live = true;
    Promise.resolve()
      .then(() => analyseStory(story, { summarySentences: SUMMARY_SENTENCES[settings.summaryLength] }))
      .then((raw) => live && setAnalysis(toAnalysisView(raw)))
      .catch(() => live && setAnalysis(NO_ANALYSIS));
    return () => {
      live = false;
    };
  }, [story, settings.summaryLength]);

  const shown = useMemo(() => {
    const current = analysis ?? NO_ANALYSIS;
    return { ...current, actors: visibleActors(current.actors, settings.actorTypes) };
  }, [analysis, settings.actorTypes]);

  const view: PopupState = useMemo(() => {
    if (!result) return { state: 'loading' };
    switch (result.state) {
      case 'story':
        return { state: 'story', story: result.story, analysis: shown };
      case 'not-article':
        return { state: 'not-article' };
      case 'forbidden':
        return { state: 'forbidden', message: FORBIDDEN_MESSAGES[result.kind] };
      default:
        return { state: 'error', message: result.message };
    }
  }, [result, shown]);

  // Time from the popup's start (just after the click) to the summary on screen; read by the e2e run.
  const ready = view.state !== 'loading' && (view.state !== 'story' || analysis !== null);
  useEffect(() => {
    if (ready && !document.documentElement.dataset.readyMs) {
      document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
    }
  }, [ready]);

  const onOpenReader = useCallback(
    (wholePage: boolean) => {
      if (!tab) return;
      void openReader(tab, { wholePage }).then(() => window.close());
    },
    [tab],
  );

  const onCopyMarkdown = useCallback(async () => {
    if (result?.state !== 'story') return;
    const html = sanitizeStoryHtml(result.story.html, window);
    const body = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-' }).turndown(html);
    const markdown = storyMarkdown(result.story, result.url, shown, body);
    setCopy((await copyText(markdown)) ? { state: 'copied' } : { state: 'manual', markdown });
  }, [result, shown]);

  return (
    <PopupView
      view={view}
      copy={copy}
      onOpenReader={() => onOpenReader(false)}
      onOpenAnyway={() => onOpenReader(true)}
      onRetry={() => setAttempt((n) => n + 1)}
      onCopyMarkdown={() => void onCopyMarkdown()}
      onOpenOptions={() => void openOptions()}
    />
  );
}
