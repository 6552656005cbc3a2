import { addArticle } from './addArticle.ts';
import { addArticleEvents } from './addArticleEvents.ts';

const USAGE = 'usage: npm run add -- [--seeds <dir>] <url|file>...';

/** Parses argv into the seeds folder and the articles to add, or returns the usage problem. */
export function parseAddArgs(
  argv: string[],
): { seeds: string; inputs: string[] } | { error: string } {
  let seeds = 'seeds';
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--seeds') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return { error: '--seeds needs a value' };
      seeds = value;
      i++;
    } else if (arg.startsWith('--')) {
      return { error: `unknown option ${arg}` };
    } else {
      inputs.push(arg);
    }
  }
  return inputs.length === 0 ? { error: 'nothing to add' } : { seeds, inputs };
}

async function main(): Promise<number> {
  const parsed = parseAddArgs(process.argv.slice(2));
  if ('error' in parsed) {
    process.stderr.write(`add: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  for (const input of parsed.inputs) {
    const result = await addArticle(input, parsed.seeds);
    if (!result.ok) {
      process.stderr.write(`add: ${input}: ${result.reason}; nothing written\n`);
      failed++;
      continue;
    }
    for (const warning of result.warnings) process.stderr.write(`warning: ${input}: ${warning}\n`);
    process.stdout.write(`add: ${input} → ${parsed.seeds}/${result.file}\n`);
    const events = addArticleEvents(parsed.seeds, result.sourceId);
    if ('error' in events) {
      process.stderr.write(
        `warning: events not listed, the seeds folder does not parse: ${events.error}\n`,
      );
    } else if (events.lines.length === 0) {
      process.stdout.write('  no events found in this article\n');
    } else {
      process.stdout.write(
        `  ${events.lines.length} event${events.lines.length === 1 ? '' : 's'}:\n`,
      );
      for (const line of events.lines) process.stdout.write(`  ${line}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
