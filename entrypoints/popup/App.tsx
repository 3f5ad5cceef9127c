import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, SUMMARY_SENTENCES, type Settings } from '../../lib/settings';
import { analyseInBackground, warmLanguageStage } from '../../lib/platform/background-analysis';
import { summarizeStory } from '../../lib/platform/built-in-summarizer';
import { copyText } from '../../lib/platform/clipboard';
import { tabIdInQuery, targetTab, type TabStory, type TargetTab } from '../../lib/platform/extract-from-tab';
import { openOptions } from '../../lib/platform/open-options';
import { openReader } from '../../lib/platform/open-reader';
import { FORBIDDEN_MESSAGES } from '../../lib/platform/page-access';
import { takeClickRead, type ClickRead } from '../../lib/platform/read-on-click';
import { readTabWithSettings } from '../../lib/platform/read-tab';
import { loadSettings } from '../../lib/platform/settings-storage';
import { cacheStory } from '../../lib/platform/story-cache';
import type { StoryAnalysis } from '../../lib/language/analyse-story';
import type { Story } from '../../lib/story/types';
import { useSettings } from '../../lib/platform/use-settings';
import { toAnalysisView, visibleActors, type AnalysisView } from '../../components/analysis-view';
import { PopupView, type CopyStatus, type PopupState } from '../../components/PopupView';
import { storyMarkdown } from '../../components/story-markdown';
import { summaryNote } from '../../components/summary-note';

const NO_ANALYSIS: AnalysisView = { summary: [], actors: [], quotes: [] };

/** Milestones since the popup's navigation start, kept on <html data-timing> for the e2e run. */
function mark(name: string) {
  const timing = JSON.parse(document.documentElement.dataset.timing ?? '{}') as Record<string, number>;
  timing[name] ??= Math.round(performance.now());
  document.documentElement.dataset.timing = JSON.stringify(timing);
}
mark('script');

/**
 * Read the tab at once, while Preact renders the loading state: the first read starts when this
 * module runs, not after the first render. In Chrome the worker has usually read the tab already,
 * on the click, while the browser opened this popup (read-on-click.ts): the first read takes that
 * result, with its analysis, when there is one for this tab. Retries read the page again.
 */
async function readTab(takeFromClick: boolean): Promise<{ target: TargetTab | null; result: TabStory; analysis?: StoryAnalysis }> {
  const clickedTabId = takeFromClick ? tabIdInQuery() : null;
  let target: TargetTab | null;
  let result: TabStory;
  let settings: Settings;
  const taken: ClickRead | null = clickedTabId === null ? null : await takeClickRead(clickedTabId);
  if (taken) {
    // The tab as the user clicked it; the page may have moved on since, but this is what they asked about.
    mark('taken');
    ({ target, result, settings } = taken);
    if (result.state === 'story' && taken.analysis) {
      pendingAnalysis = { story: result.story, sentences: SUMMARY_SENTENCES[settings.summaryLength], analysis: Promise.resolve(taken.analysis) };
    }
  } else {
    // The language stage runs in the background worker, which keeps its entity model decoded
    // between popups: ask it to load the model while the tab is still being read. (After a click
    // the worker took, it has just analysed this story: nothing to warm.)
    warmLanguageStage();
    const settingsRead = loadSettings()
      .catch(() => DEFAULT_SETTINGS)
      .finally(() => mark('settings'));
    target = await targetTab().finally(() => mark('tab'));
    if (!target) return { target, result: { state: 'error', message: 'No tab to read.' } };
    ({ result, settings } = await readTabWithSettings(target, settingsRead));
  }
  mark('extracted');
  if (result.state === 'story') {
    // Ask the worker now, before Preact renders the story: its analysis and that render overlap.
    analysisFor(result.story, SUMMARY_SENTENCES[settings.summaryLength]);
    void cacheStory(result.tabId, { url: result.url, story: result.story, forced: false });
  }
  return { target, result, analysis: taken?.analysis };
}

/** The analysis asked for as soon as the story arrived, taken by the effect below if it still fits. */
let pendingAnalysis: { story: Story; sentences: number; analysis: Promise<StoryAnalysis> } | null = null;

function startAnalysis(story: Story, sentences: number): Promise<StoryAnalysis> {
  pendingAnalysis = { story, sentences, analysis: analyseInBackground(story, { summarySentences: sentences }) };
  return pendingAnalysis.analysis;
}

/** `sentences` null: the settings have not loaded here yet, so the one asked for with the story fits. */
function analysisFor(story: Story, sentences: number | null): Promise<StoryAnalysis> {
  const pending = pendingAnalysis;
  if (pending && pending.story === story && (sentences === null || pending.sentences === sentences)) return pending.analysis;
  return startAnalysis(story, sentences ?? SUMMARY_SENTENCES[DEFAULT_SETTINGS.summaryLength]);
}

const firstRead = readTab(true);

/** The toolbar popup: reads the clicked tab, then shows the story, or says why there is none. */
export function App() {
  const { settings, loaded } = useSettings();
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
    (attempt === 0 ? firstRead : readTab(false))
      .catch((error: unknown): Awaited<ReturnType<typeof readTab>> => ({
        target: null,
        result: { state: 'error', message: error instanceof Error ? error.message : String(error) } as TabStory,
      }))
      .then(({ target, result: tabStory, analysis: readyAnalysis }) => {
        if (!live) return;
        setTab(target);
        setResult(tabStory);
        // Analysed by the worker on the click: story and summary show in the same render.
        if (readyAnalysis) setAnalysis(toAnalysisView(readyAnalysis));
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  // Cleaning rules changed in the options while the popup is open: read the tab again with them.
  const cleaningKey = JSON.stringify(settings.cleaning);
  const readWith = useRef<string | null>(null);
  useEffect(() => {
    if (!loaded) return;
    if (readWith.current !== null && readWith.current !== cleaningKey) setAttempt((n) => n + 1);
    readWith.current = cleaningKey;
  }, [loaded, cleaningKey]);

  // The text half runs here, and again when the summary length changes in the options.
  const story = result?.state === 'story' ? result.story : null;
  useEffect(() => {
    if (!story) return;
    let live = true;
    const { summaryLength, useBuiltInSummarizer } = settings;
    analysisFor(story, loaded ? SUMMARY_SENTENCES[summaryLength] : null)
      .then(async (raw) => {
        const view = toAnalysisView(raw);
        mark('analysed');
        if (live) setAnalysis(view);
        if (!useBuiltInSummarizer) return;
        // The user chose the browser's on-device model: Lede's summary shows until it answers.
        const built = await summarizeStory(story.text, { useBuiltIn: true, length: summaryLength, title: story.title, lang: story.lang, blocks: story.blocks });
        if (!live || !built.ok) return;
        const note = summaryNote(built.source, built.source === 'extractive' ? built.fallbackReason : undefined);
        setAnalysis({ ...view, summary: built.sentences, summaryNote: note || undefined });
      })
      .catch(() => live && setAnalysis(NO_ANALYSIS));
    return () => {
      live = false;
    };
  }, [story, loaded, settings.summaryLength, settings.useBuiltInSummarizer]);

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
        return { state: 'error', message: result.detail ? `${result.message} (${result.detail})` : result.message };
    }
  }, [result, shown]);

  // Time from the popup's start (just after the click) to the summary on screen; read by the e2e run.
  const ready = view.state !== 'loading' && (view.state !== 'story' || analysis !== null);
  useEffect(() => {
    if (ready && !document.documentElement.dataset.readyMs) {
      mark('shown');
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
    // Loaded on demand: the sanitiser and turndown are not needed to show the summary.
    const [{ sanitizeStoryHtml }, { default: TurndownService }] = await Promise.all([
      import('../../lib/story/sanitize-story-html'),
      import('turndown'),
    ]);
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
