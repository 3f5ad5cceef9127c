/**
 * The preferences of the throw-away Firefox profile the e2e suite runs in (written to user.js).
 *
 * Two jobs:
 * 1. Lede's moz-extension:// address known in advance. Firefox gives each add-on a random UUID per
 *    profile; `extensions.webextensions.uuids` (add-on id -> UUID, read when the add-on is
 *    installed) fixes it, so the suite can open `moz-extension://UUID/reader.html?tabId=N`.
 * 2. No request leaves 127.0.0.1. Firefox's remote agent applies its own "recommended" set when BiDi
 *    starts, but only then, after start-up has begun; the same switches are set here from the first
 *    instant, with the rest of what a fresh profile would call home for (updates, telemetry,
 *    studies, remote settings, safe browsing lists, captive-portal and connectivity probes, DNS
 *    over HTTPS, OCSP, speculative connections, the new-tab page's feeds, push, geolocation, media
 *    plugin downloads). Whatever still tries to go out meets the recording proxy (the last block):
 *    the suite fails on any line it records, Firefox's own included.
 */

export type PrefValue = string | number | boolean;

/** The add-on's id (wxt.config.ts `browser_specific_settings.gecko.id`). */
export const ADDON_ID = 'lede@lede.invalid';
/** Lede's moz-extension:// host in the test profile (any fixed UUID would do). */
export const ADDON_UUID = '9d1c6b8e-4f0a-4c3e-a7d2-1e5b3c7f0a42';

const QUIET: Record<string, PrefValue> = {
  // Start on a blank page, with no first-run pages, session restore or default-browser question.
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.homepage_override.mstone': 'ignore',
  'startup.homepage_welcome_url': 'about:blank',
  'startup.homepage_welcome_url.additional': '',
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.sessionstore.resume_from_crash': false,
  'toolkit.startup.max_resumed_crashes': -1,
  'browser.tabs.warnOnClose': false,
  'browser.warnOnQuit': false,
  'termsofuse.bypassNotification': true,
  'browser.uitour.enabled': false,
  // A lone Alt (of Alt+Shift+O) must not move focus to the menu bar.
  'ui.key.menuAccessKeyFocuses': false,
  // Console messages of pages and of the browser go to stdout, where the suite looks for Lede's errors.
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': true,
  // Screenshots at one device pixel per CSS pixel.
  'layout.css.devPixelsPerPx': '1.0',

  // Updates of Firefox, add-ons, search engines, system add-ons and media plugins.
  'app.update.disabledForTesting': true,
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': 'data:,',
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.blocklist.enabled': false,
  'browser.search.update': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'media.gmp-manager.url': '',
  // Widevine comes from Google's component updater, not Mozilla's.
  'media.gmp-manager.chromium-update-url': '',
  'media.gmp-widevinecdm.allow-chromium-update': false,
  'media.eme.enabled': false,
  'media.gmp-provider.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,

  // Telemetry, studies, experiments, remote settings.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'telemetry.fog.test.localhost_port': -1,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.intermediates.enabled': false,
  'security.remote_settings.crlite_filters.enabled': false,

  // Safe browsing and tracking-protection lists.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google4.gethashURL': '',
  'browser.safebrowsing.provider.google5.updateURL': '',
  'browser.safebrowsing.provider.google5.gethashURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google.gethashURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.mozilla.gethashURL': '',
  'privacy.trackingprotection.enabled': false,
  'privacy.trackingprotection.pbmode.enabled': false,

  // Network probes and speculative traffic.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'security.OCSP.enabled': 0,
  'security.certerrors.mitm.priming.enabled': false,
  'browser.send_pings': false,

  // New-tab feeds, suggestions, accounts, push, location, translations, ML.
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.discoverystream.enabled': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.urlbar.merino.endpointURL': '',
  'identity.fxaccounts.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'geo.provider.network.url': '',
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'browser.discovery.enabled': false,
  'signon.rememberSignons': false,
};

/**
 * All of the profile's preferences. `proxyPort`: the suite's recording proxy on 127.0.0.1, which
 * takes every request that is not for loopback (Firefox never sends loopback through a proxy while
 * `network.proxy.allow_hijacking_localhost` is false) and answers 403.
 */
export function profilePrefs(proxyPort: number): Record<string, PrefValue> {
  return {
    ...QUIET,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.failover_direct': false,
  };
}

/** user.js text for `prefs`. */
export function userJs(prefs: Record<string, PrefValue>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}
