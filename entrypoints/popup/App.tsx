import { useMemo, useState } from 'preact/hooks';
import { PopupView } from '../../components/PopupView';
import { tabIdInQuery } from '../../lib/platform/extract-from-tab';
import { mark } from '../../lib/platform/milestones';
import { openOptions } from '../../lib/platform/open-options';
import { canKeepOpen, keepOpen } from '../../lib/platform/side-panel';
import { clickInQuery } from '../../lib/platform/read-on-click';
import { readTabOnce, type ReadOutcome } from '../../lib/platform/tab-reading';
import { useStoryView } from './use-story-view';

mark('script');

/**
 * The tab this popup is for: `?tabId=N` when the worker opened it for the clicked tab (or a test
 * opened it in a tab), else the active tab. The first read starts when this module runs, while
 * Preact renders the loading state. In Chrome the worker has usually read the tab already, on the
 * click, while the browser opened this popup (read-on-click.ts): the first read takes that result,
 * with its analysis.
 */
const clickedTabId = tabIdInQuery();
const click = clickInQuery();
export const firstRead = readTabOnce({ tabId: clickedTabId, takeFromClick: true, click });
let firstOutcome: ReadOutcome | null = null;
void firstRead.then((outcome) => (firstOutcome = outcome), () => undefined);
const close = () => window.close();

/** The toolbar popup: reads the clicked tab, then shows the story at a glance, or says why there is none. */
export function App() {
  const request = useMemo(() => ({ key: 0, tabId: clickedTabId, takeFromClick: true, click }), []);
  // Read once, at the first render: the read that came before it is shown in the first frame.
  const [outcome] = useState(() => firstOutcome);
  const model = useStoryView({ request, firstRead, firstOutcome: outcome, onReaderOpened: close });
  const tab = model.tab;
  const onKeepOpen =
    tab && canKeepOpen()
      ? () => {
          // Called at once in the click: browsers open side panels only in answer to a user action.
          keepOpen(tab).then(close, () => undefined);
        }
      : undefined;
  return (
    <PopupView
      view={model.view}
      copy={model.copy}
      onOpenReader={() => model.openReader(false)}
      onOpenAnyway={() => model.openReader(true)}
      onRetry={model.retry}
      onCopyMarkdown={model.copyMarkdown}
      onOpenOptions={() => void openOptions()}
      onKeepOpen={onKeepOpen}
    />
  );
}
