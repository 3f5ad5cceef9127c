/**
 * The headless Chromium every harness launches (the page benchmarks and parity tests,
 * scripts/lib/chromium-pages.ts; the extension's end-to-end suite, tests/e2e/browser.ts): where it is,
 * and the switches that keep it quiet. Lede's promise is that nothing leaves the machine, and the
 * suites count every request that tries to: Chromium's own background traffic (updates, sync, safe
 * browsing, metrics pings, QUIC probes) would be noise in that count. Each caller adds its own proxy,
 * so that what is not loopback goes nowhere (or to the e2e suite's recording proxy).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-client-side-phishing-detection',
  '--disable-domain-reliability',
  '--no-pings',
];
