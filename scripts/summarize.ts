/**
 * `npm run --silent summarize -- [--sentences N] FILE.jsonl`
 *
 * Reads JSON Lines `{ id, article, title? }` and prints one `{ id, summary }` line per input line:
 * the extractive summary (the same lib/ code the extension runs), `summary` being its sentences in
 * story order. N defaults to 3, the length Lead-3 is compared at (the extension's own default is 5).
 * A line that is not usable prints `{ id, ok: false, reason }` and the run goes on.
 */
import { readFileSync } from 'node:fs';
import { summarize } from '../lib/language/summary/summarize';

const USAGE = 'usage: npm run --silent summarize -- [--sentences N] FILE.jsonl\n';

function main(argv: string[]): number {
  let sentences = 3;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sentences') sentences = Number(argv[++i]);
    else if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write(USAGE);
      return 0;
    } else files.push(argv[i]);
  }
  if (files.length === 0 || !Number.isInteger(sentences) || sentences < 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`summarize: cannot read ${file}: ${(error as Error).message}\n`);
      return 2;
    }
    const lines = content.split('\n');
    lines.forEach((line, number) => {
      if (line.trim() === '') return;
      let row: { id?: unknown; article?: unknown; title?: unknown };
      try {
        row = JSON.parse(line);
      } catch {
        process.stdout.write(JSON.stringify({ id: null, ok: false, reason: `line ${number + 1} is not JSON` }) + '\n');
        return;
      }
      const id = row?.id ?? null;
      if (typeof row?.article !== 'string') {
        process.stdout.write(JSON.stringify({ id, ok: false, reason: 'no article text' }) + '\n');
        return;
      }
      const result = summarize(row.article, {
        sentences,
        title: typeof row.title === 'string' ? row.title : undefined,
      });
      process.stdout.write(
        JSON.stringify(result.ok ? { id, summary: result.sentences.map((s) => s.text) } : { id, ok: false, reason: result.reason }) + '\n',
      );
    });
  }
  return 0;
}

// `... | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
