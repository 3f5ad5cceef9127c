import type { Settings } from '../../lib/settings';
import { saveSettings, updateSettings } from '../../lib/platform/settings-storage';
import { syncAlwaysReaderScript } from '../../lib/platform/auto-reader-script';
import { releaseSitePermission, requestSitePermission } from '../../lib/platform/site-permission';
import { useSettings } from '../../lib/platform/use-settings';
import { OptionsForm } from '../../components/OptionsForm';

/** The options page: every change is saved at once and reaches open popups and readers. */
export function App() {
  const { settings, loaded } = useSettings();
  if (!loaded) return <p role="status">Loading options…</p>;

  const onAddSite = async (host: string): Promise<string | null> => {
    // Called inside the click: the browser shows its permission prompt only during a user gesture.
    const granted = await requestSitePermission(host);
    if (!granted) return `Lede needs permission to read ${host} to open its stories in the reader.`;
    await updateSettings((current) => ({ ...current, alwaysReaderSites: [...current.alwaysReaderSites, host] }));
    await syncAlwaysReaderScript().catch(() => undefined);
    return null;
  };

  const onRemoveSite = (host: string) => {
    void updateSettings((current) => ({ ...current, alwaysReaderSites: current.alwaysReaderSites.filter((h) => h !== host) }))
      .then(() => releaseSitePermission(host))
      .then(() => syncAlwaysReaderScript())
      .catch(() => undefined);
  };

  return (
    <main class="options-page">
      <h1>Lede options</h1>
      <p class="hint">Changes are saved as you make them and apply to an open popup or reader at once.</p>
      <OptionsForm settings={settings} onChange={(next: Settings) => void saveSettings(next)} onAddSite={onAddSite} onRemoveSite={onRemoveSite} />
    </main>
  );
}
