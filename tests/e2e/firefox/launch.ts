/**
 * Headless Firefox (Debian's firefox-esr) with the built add-on, driven over WebDriver BiDi.
 *
 * - The profile is a fresh temporary folder with the suite's user.js (profile-prefs.ts).
 * - `--remote-debugging-port=0` starts Firefox's remote agent, which prints the address of its
 *   BiDi WebSocket on stderr; `--remote-allow-system-access` lets a BiDi session also evaluate
 *   script in the browser's own window (moz:scope "chrome"): the suite clicks Lede's toolbar
 *   button there, as a user does, since nothing in a web page can reach the toolbar.
 * - The add-on is installed with BiDi's `webExtension.install` (a temporary install of the
 *   unpacked `.output/firefox-mv2`, like about:debugging's "Load Temporary Add-on").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BidiClient, plainValue, type RemoteValue } from './bidi-client';
import { ADDON_ID, ADDON_UUID, profilePrefs, userJs } from './profile-prefs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxHarness {
  bidi: BidiClient;
  /** Firefox's version as the browser reports it (session capabilities). */
  browserVersion: string;
  userAgent: string;
  /** `moz-extension://UUID` of the installed add-on. */
  extensionOrigin: string;
  /** The BiDi context of the browser window itself (chrome scope). */
  chromeContext: string;
  /** What Firefox printed on stderr (for a failure's explanation). */
  log: string[];
  close(): Promise<void>;
}

export class ScriptError extends Error {}

/** Evaluate `expression` in a BiDi context (content or chrome) and return its value as plain data. */
export async function evaluate<T>(bidi: BidiClient, context: string, expression: string, awaitPromise = true): Promise<T> {
  const result = await bidi.send<{ type: string; result?: RemoteValue; exceptionDetails?: { text: string; lineNumber?: number } }>('script.evaluate', {
    expression,
    target: { context },
    awaitPromise,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new ScriptError(result.exceptionDetails?.text ?? 'script threw');
  return plainValue(result.result) as T;
}

function waitForBidiAddress(firefox: ChildProcess, log: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`Firefox printed no BiDi address in ${timeoutMs} ms:\n${log.join('').slice(-2000)}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      const text = String(chunk);
      log.push(text);
      buffered += text;
      const match = buffered.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    firefox.stderr?.on('data', read);
    firefox.stdout?.on('data', (chunk: Buffer) => log.push(String(chunk)));
    firefox.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi started:\n${log.join('').slice(-2000)}`));
    });
  });
}

export async function launchFirefox(extensionDir: string, proxyPort: number, viewport = { width: 1100, height: 800 }): Promise<FirefoxHarness> {
  const profile = mkdtempSync(join(tmpdir(), 'lede-firefox-profile-'));
  writeFileSync(join(profile, 'user.js'), userJs(profilePrefs(proxyPort)));
  const log: string[] = [];
  const firefox = spawn(
    FIREFOX_PATH,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access', 'about:blank'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_HEADLESS_WIDTH: String(viewport.width), MOZ_HEADLESS_HEIGHT: String(viewport.height), MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    },
  );
  const exited = new Promise<void>((resolve) => firefox.once('exit', () => resolve()));
  const cleanUp = async () => {
    if (firefox.exitCode === null) firefox.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (firefox.exitCode === null) firefox.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const address = await waitForBidiAddress(firefox, log, 60_000);
    const bidi = await BidiClient.connect(`${address}/session`);
    // Dialogs (the hostile pages open dozens) are dismissed by Firefox at once; the suite still
    // sees each one (browsingContext.userPromptOpened).
    const session = await bidi.send<{ capabilities: { browserVersion: string; userAgent: string } }>('session.new', {
      capabilities: { alwaysMatch: { unhandledPromptBehavior: { default: 'dismiss' } } },
    });
    const installed = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
    if (installed.extension !== ADDON_ID) throw new Error(`webExtension.install installed "${installed.extension}", expected ${ADDON_ID}`);
    const tree = await bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error(`no browser window among the chrome contexts: ${tree.contexts.map((c) => c.url).join(', ')}`);
    return {
      bidi,
      browserVersion: session.capabilities.browserVersion,
      userAgent: session.capabilities.userAgent,
      extensionOrigin: `moz-extension://${ADDON_UUID}`,
      chromeContext: window.context,
      log,
      async close() {
        await bidi.send('browser.close', {}, 10_000).catch(() => undefined);
        bidi.close();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
