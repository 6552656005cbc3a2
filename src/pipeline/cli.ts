import { parseCliArgs, USAGE } from './parseCliArgs.ts';
import { runParse } from './runParse.ts';

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if ('error' in parsed) {
    process.stderr.write(`parse: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const { seeds, out, ...options } = parsed;
  const result = await runParse(seeds, out, { ...options, progress: process.stderr });
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  if (!result.ok) {
    for (const error of result.errors) process.stderr.write(`error: ${error}\n`);
    process.stderr.write(`parse: nothing written; ${out} is unchanged\n`);
    return 1;
  }
  const cache = result.cache;
  const reused =
    cache === undefined || options.cacheDir === null
      ? ''
      : ` (${cache.fromCache.toLocaleString('en-US')} from the cache${cache.damaged > 0 ? `, ${cache.damaged} damaged entries rebuilt` : ''})`;
  process.stdout.write(
    `parse: ${result.events} events from ${result.sources} articles${reused} → ${out}${result.written ? '' : ' (unchanged)'}\n`,
  );
  return 0;
}

process.exitCode = await main();
