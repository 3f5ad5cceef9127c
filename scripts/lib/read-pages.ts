import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Expand PATH arguments into page files: `.html` / `.html.gz` files, and folders of them (sorted). */
export function listPageFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (/\.html?(\.gz)?$/i.test(name)) files.push(join(path, name));
      }
    } else {
      files.push(path);
    }
  }
  return files;
}

/** Read a page file as text; `.gz` files are gunzipped. Bytes are decoded as UTF-8 (the corpus is UTF-8). */
export function readPageFile(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}
