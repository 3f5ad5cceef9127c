import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SUMMARY_SENTENCES } from '../../lib/settings';
import { toAnalysisView, visibleActors, type AnalysisView } from '../../components/analysis-view';
import type { CopyStatus, PopupState } from '../../components/PopupView';
import { storyMarkdown } from '../../components/story-markdown';
import { summaryNote } from '../../components/summary-note';
import { summarizeStory } from '../../lib/platform/built-in-summarizer';
import { copyText } from '../../lib/platform/clipboard';
import type { TabStory, TargetTab } from '../../lib/platform/extract-from-tab';
import { mark } from '../../lib/platform/milestones';
import { openReader } from '../../lib/platform/open-reader';
import { CLICK_AGAIN_MESSAGES, FORBIDDEN_MESSAGES } from '../../lib/platform/page-access';
import { analysisFor, readLoadingTab, readTabOnce, summaryFor, type ReadOutcome, type ReadRequest } from '../../lib/platform/tab-reading';
import { useSettings } from '../../lib/platform/use-settings';

const NO_ANALYSIS: AnalysisView = { summary: [], actors: [], quotes: [] };

/**
 * How long a read may wait for the page to finish loading before the view says so and reads what
 * has arrived. The browser runs Lede's script when the page has loaded (document_idle); a page whose
 * HTML is still arriving (a slow server, a script that blocks the parser) can hold that off for
 * many seconds, and a click must be answered before then.
 */
export const SLOW_READ_MS = 2500;

export interface StoryViewOptions {
  /** What to read. `key` changes make a new read (the side panel following another tab). */
  request: ReadRequest & { key: number };
  /** A read already under way for the first request (the popup starts it before its first render). */
  firstRead?: Promise<ReadOutcome>;
  /** That read's outcome, when it came before the first render (then the first frame shows it). */
  firstOutcome?: ReadOutcome | null;
  /** Called when the reader was opened from this view (the popup closes itself). */
  onReaderOpened?: () => void;
}

export interface StoryViewModel {
  view: PopupState;
  tab: TargetTab | null;
  /** A final answer is on screen (the story with its analysis, or a message). */
  answered: boolean;
  retry: () => void;
  openReader: (wholePage: boolean) => void;
  copyMarkdown: () => void;
  copy: CopyStatus;
}

/**
 * The state behind the popup and the side panel: reads the tab (the worker's read of the click when
 * there is one), says so when the page is slow to load and shows what has arrived, runs the
 * language stage in the worker, follows the options live (cleaning rules read the page again;
 * summary length and actor types re-render), and answers the view's buttons.
 */
export function useStoryView({ request, firstRead, firstOutcome, onReaderOpened }: StoryViewOptions): StoryViewModel {
  const { settings, loaded } = useSettings();
  const [outcome, setOutcome] = useState<{ target: TargetTab | null; result: TabStory } | null>(firstOutcome ?? null);
  const [slow, setSlow] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [copy, setCopy] = useState<CopyStatus>({ state: 'idle' });
  // null until the language stage has run on the current story.
  const [analysis, setAnalysis] = useState<AnalysisView | null>(() => (firstOutcome?.analysis ? toAnalysisView(firstOutcome.analysis) : null));
  // The summary alone, when it came before the whole analysis (a worker still loading its model).
  const [early, setEarly] = useState<AnalysisView | null>(() => (firstOutcome?.summaryOnly ? toAnalysisView(firstOutcome.summaryOnly) : null));
  const firstKey = useRef(request.key);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.reader.theme;
  }, [settings.reader.theme]);

  useEffect(() => {
    let live = true;
    let settled = false;
    const first = attempt === 0 && request.key === firstKey.current && firstRead;
    if (first && firstOutcome) return; // already on screen since the first render
    setOutcome(null);
    setAnalysis(null);
    setEarly(null);
    setSlow(false);
    setCopy({ state: 'idle' });
    const read = first || readTabOnce({ tabId: request.tabId, takeFromClick: attempt === 0 && request.takeFromClick, click: request.click, follow: request.follow });
    // Still no answer: say so, and show what of the page has arrived (the full read goes on).
    const slowTimer = setTimeout(() => {
      if (!live || settled) return;
      setSlow(true);
      const target = request.tabId === null ? null : { id: request.tabId, url: undefined };
      void (async () => {
        const tab = target ?? (await read.then((r) => r.target).catch(() => null));
        if (!tab || settled) return;
        const partial = await readLoadingTab(tab).catch(() => null);
        if (live && !settled && partial) setOutcome({ target: tab, result: partial });
      })();
    }, SLOW_READ_MS);
    read
      .catch(
        (error: unknown): ReadOutcome => ({
          target: null,
          result: { state: 'error', message: error instanceof Error ? error.message : String(error) },
        }),
      )
      .then(({ target, result, analysis: readyAnalysis, summaryOnly }) => {
        settled = true;
        clearTimeout(slowTimer);
        if (!live) return;
        setOutcome({ target, result });
        setSlow(false);
        // Analysed by the worker on the click: story and summary show in the same render.
        setAnalysis(readyAnalysis ? toAnalysisView(readyAnalysis) : null);
        setEarly(summaryOnly ? toAnalysisView(summaryOnly) : null);
      });
    return () => {
      live = false;
      clearTimeout(slowTimer);
    };
  }, [attempt, request.key]);

  // Cleaning rules changed in the options while the view is open: read the tab again with them.
  const cleaningKey = JSON.stringify(settings.cleaning);
  const readWith = useRef<string | null>(null);
  useEffect(() => {
    if (!loaded) return;
    if (readWith.current !== null && readWith.current !== cleaningKey) setAttempt((n) => n + 1);
    readWith.current = cleaningKey;
  }, [loaded, cleaningKey]);

  // The text half runs in the worker, and again when the summary length changes in the options.
  const result = outcome?.result ?? null;
  const story = result?.state === 'story' ? result.story : null;
  useEffect(() => {
    if (!story) return;
    let live = true;
    const { summaryLength, useBuiltInSummarizer } = settings;
    const sentences = loaded ? SUMMARY_SENTENCES[summaryLength] : null;
    // The summary alone, when it was asked for beside the whole (it comes first from a worker still loading its model).
    const summary = summaryFor(story, sentences);
    summary?.then((raw) => live && setEarly((now) => now ?? toAnalysisView(raw))).catch(() => undefined);
    // The whole analysis: asked for once the summary is on screen (this effect runs after the
    // paint), so that the worker loading its model does not slow the popup's first drawing.
    analysisFor(story, sentences)
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
    const current = analysis ?? early ?? NO_ANALYSIS;
    return { ...current, actors: visibleActors(current.actors, settings.actorTypes) };
  }, [analysis, early, settings.actorTypes]);

  const view: PopupState = useMemo(() => {
    if (!result) return { state: 'loading', slow };
    switch (result.state) {
      case 'story':
        return {
          state: 'story',
          story: result.story,
          url: result.url,
          analysis: shown,
          analysing: analysis === null && early === null,
          castPending: analysis === null && early !== null,
          partial: result.partial,
        };
      case 'not-article':
        return { state: 'not-article', pageType: result.pageType };
      case 'forbidden':
        return { state: 'forbidden', message: FORBIDDEN_MESSAGES[result.kind] };
      case 'click-again':
        return { state: 'click-again', ...CLICK_AGAIN_MESSAGES[result.why] };
      case 'needs-click':
        return { state: 'needs-click' };
      default:
        return { state: 'error', message: result.detail ? `${result.message} (${result.detail})` : result.message };
    }
  }, [result, shown, slow, analysis, early]);

  // A final answer: a message, or the story (read from the loaded page) with its whole analysis.
  // Marked for the e2e run: `summaryMs` when the headline and summary are on screen (a message
  // counts too), `readyMs` when everything is (the cast included).
  const answered = view.state !== 'loading' && (view.state !== 'story' || (analysis !== null && !view.partial));
  const summaryShown = answered || (view.state === 'story' && early !== null && !view.partial);
  useEffect(() => {
    if (summaryShown && !document.documentElement.dataset.summaryMs) {
      mark('summary shown');
      document.documentElement.dataset.summaryMs = String(Math.round(performance.now()));
    }
  }, [summaryShown]);
  useEffect(() => {
    if (answered && !document.documentElement.dataset.readyMs) {
      mark('shown');
      document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
    }
  }, [answered]);

  const tab = outcome?.target ?? null;
  const openReaderFor = useCallback(
    (wholePage: boolean) => {
      if (!tab) return;
      void openReader(tab, { wholePage }).then(() => onReaderOpened?.());
    },
    [tab, onReaderOpened],
  );

  const copyMarkdown = useCallback(async () => {
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

  return {
    view,
    tab,
    answered,
    retry: () => setAttempt((n) => n + 1),
    openReader: openReaderFor,
    copyMarkdown: () => void copyMarkdown(),
    copy,
  };
}
