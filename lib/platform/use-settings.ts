import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { loadSettings, watchSettings } from './settings-storage';

/**
 * The settings as a Preact hook: `loaded` is false until storage answered. Follows changes made in
 * any other page (options, reader toolbar) without a reload.
 */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState({ settings: DEFAULT_SETTINGS, loaded: false });
  useEffect(() => {
    let live = true;
    loadSettings()
      .then((settings) => live && setState({ settings, loaded: true }))
      .catch(() => live && setState({ settings: DEFAULT_SETTINGS, loaded: true }));
    const unwatch = watchSettings((settings) => live && setState({ settings, loaded: true }));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}
