/**
 * A control for the click-to-summary time, loaded beside Lede in the same browser: an extension
 * whose popup is ten lines of script that do nothing but mark when they ran and when the first
 * frame after that was painted, on the same clock and in the same way as Lede's popup marks
 * "script" and "shown". Clicked on the same tab, it measures what Chromium itself takes to open
 * a popup and run its first script — the part of Lede's time that no extension code can remove.
 * Written to a temporary folder at run time; it is not part of the built extension.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The control's worker file: the harness finds the control's id by it. */
export const CONTROL_WORKER = 'control-worker.js';

export function writeControlExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-e2e-control-'));
  const manifest = {
    manifest_version: 3,
    name: 'Popup control (e2e)',
    version: '1.0',
    // A worker only so that the harness can read the extension's id from its URL.
    background: { service_worker: CONTROL_WORKER },
    action: { default_popup: 'popup.html', default_title: 'control' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, CONTROL_WORKER), '// Nothing to do.\n');
  writeFileSync(join(dir, 'popup.html'), '<!doctype html><meta charset="utf-8"><title>control</title><p>control</p><script src="popup.js"></script>\n');
  writeFileSync(
    join(dir, 'popup.js'),
    [
      "document.documentElement.dataset.timing = JSON.stringify({ script: Math.round(performance.now()) });",
      '// "Shown" as Lede\'s popup marks it: in a task after the next frame (how Preact runs effects).',
      'requestAnimationFrame(() => setTimeout(() => {',
      '  document.documentElement.dataset.readyMs = String(Math.round(performance.now()));',
      '}));',
      '',
    ].join('\n'),
  );
  return dir;
}
