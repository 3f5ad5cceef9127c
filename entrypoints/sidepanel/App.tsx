import { useEffect, useState } from 'preact/hooks';
import { PopupView } from '../../components/PopupView';
import { openOptions } from '../../lib/platform/open-options';
import { followActiveTab } from '../../lib/platform/side-panel';
import type { ReadRequest } from '../../lib/platform/tab-reading';
import { useStoryView } from '../popup/use-story-view';

type PanelRequest = ReadRequest & { key: number };

/** The popup's view for one tab, kept open: the reader opens beside it, the panel stays. */
function PanelStory({ request }: { request: PanelRequest }) {
  const model = useStoryView({ request });
  return (
    <PopupView
      view={model.view}
      copy={model.copy}
      surface="panel"
      onOpenReader={() => model.openReader(false)}
      onOpenAnyway={() => model.openReader(true)}
      onRetry={model.retry}
      onCopyMarkdown={model.copyMarkdown}
      onOpenOptions={() => void openOptions()}
    />
  );
}

/**
 * "Keep open": Lede beside the page (Chrome's side panel, Firefox's sidebar). It shows the active
 * tab of its window and follows it: a tab switch shows that tab's story when Lede has read it (or
 * may read it: the user clicked Lede on the page, and the tab is still on that site), and otherwise
 * asks for a click; a click on Lede's button in this window shows the tab here instead of in the
 * popup (Chrome), and a story the popup reads here appears too (Firefox, whose button keeps its popup).
 */
export function App() {
  const [request, setRequest] = useState<PanelRequest | null>(null);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    let key = 0;
    void followActiveTab((tabId, why, click) => {
      key += 1;
      setRequest({ key, tabId, takeFromClick: why === 'click', click: click ?? null, follow: why !== 'click' });
    }).then((unfollow) => {
      if (live) stop = unfollow;
      else unfollow();
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  if (!request) return <PopupView view={{ state: 'loading' }} surface="panel" />;
  return <PanelStory request={request} />;
}
