/**
 * `npm run --silent extract -- [--url URL] PATH...`
 * PATH is a .html or .html.gz file or a folder of them. One input prints one JSON object; several
 * print JSON Lines, one object per page, each with `file`. Runs the same lib/ engine as the extension.
 */
import { analyseStory } from './lib/analyse-page';
import { listPageFiles, readPageFile } from './lib/read-pages';

function main(argv: string[]): number {
  let url: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write('usage: npm run --silent extract -- [--url URL] PATH...\n');
      return 0;
    } else paths.push(argv[i]);
  }
  if (paths.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- [--url URL] PATH...\n');
    return 2;
  }
  let files: string[];
  try {
    files = listPageFiles(paths);
  } catch (error) {
    process.stderr.write(`extract: ${(error as Error).message}\n`);
    return 2;
  }
  const single = files.length === 1 && paths.length === 1 && !paths[0].endsWith('/');
  for (const file of files) {
    let output: Record<string, unknown>;
    try {
      output = analyseStory(readPageFile(file), url);
    } catch (error) {
      output = { ok: false, reason: 'extraction failed', detail: (error as Error).message, pageType: 'article', isNews: false };
    }
    process.stdout.write(single ? JSON.stringify(output, null, 2) + '\n' : JSON.stringify({ file, ...output }) + '\n');
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
