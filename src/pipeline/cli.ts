import { runPipelineOnDir } from './runPipelineOnDir';

const USAGE = 'usage: npm run parse -- [--seeds <dir>] [--out <file>]';

/** Parses argv into options, or returns the usage problem. */
export function parseCliArgs(argv: string[]): { seeds: string; out: string } | { error: string } {
  const options = { seeds: 'seeds', out: 'public/data/events.json' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--seeds' || arg === '--out') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a value` };
      options[arg === '--seeds' ? 'seeds' : 'out'] = value;
      i++;
    } else {
      return { error: `unknown argument ${arg ?? ''}` };
    }
  }
  return options;
}

function main(): number {
  const parsed = parseCliArgs(process.argv.slice(2));
  if ('error' in parsed) {
    process.stderr.write(`parse: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const result = runPipelineOnDir(parsed.seeds, parsed.out);
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  if (!result.ok) {
    for (const error of result.errors) process.stderr.write(`error: ${error}\n`);
    process.stderr.write(`parse: nothing written; ${parsed.out} is unchanged\n`);
    return 1;
  }
  process.stdout.write(
    `parse: ${result.events} events from ${result.sources} articles → ${parsed.out}${result.written ? '' : ' (unchanged)'}\n`,
  );
  return 0;
}

process.exitCode = main();
