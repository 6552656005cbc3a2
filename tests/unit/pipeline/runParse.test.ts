import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsFileSchema } from '../../../src/data/eventSchema.ts';
import { ArticleCache } from '../../../src/pipeline/cache/articleCache.ts';
import { MERGED_CORPUS_FILE } from '../../../src/pipeline/cache/mergedCorpus.ts';
import { sourceChunkFromBytes } from '../../../src/pipeline/cache/parsedArticleBytes.ts';
import { runParse, type ParseOptions } from '../../../src/pipeline/runParse.ts';
import { runPipelineOnDir } from '../../../src/pipeline/runPipelineOnDir.ts';
import { makeArticles } from '../../../bench/makeArticles.ts';
import { SEEDS_DIR } from './loadSeedConfig.ts';

const ROOT = join(__dirname, '../../..');

/** A seeds folder of `count` generated articles with the project's known events and curation. */
function seedsFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'parse-seeds-'));
  for (const article of makeArticles(count)) {
    writeFileSync(join(dir, article.file), article.text);
    if (article.meta !== undefined) {
      writeFileSync(
        join(dir, article.file.replace(/\.txt$/, '.meta.json')),
        JSON.stringify(article.meta),
      );
    }
  }
  copyFileSync(join(SEEDS_DIR, 'known-events.json'), join(dir, 'known-events.json'));
  copyFileSync(join(SEEDS_DIR, 'curation.json'), join(dir, 'curation.json'));
  return dir;
}

function temp(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** What runPipelineOnDir (no cache, no workers, one thread) writes: the reference. */
function coldOutput(seeds: string): string {
  const out = join(temp('cold-'), 'events.json');
  expect(runPipelineOnDir(seeds, out).ok).toBe(true);
  return readFileSync(out, 'utf8');
}

async function parse(seeds: string, options: Partial<ParseOptions> & { out?: string } = {}) {
  const out = options.out ?? join(temp('out-'), 'events.json');
  const result = await runParse(seeds, out, {
    cacheDir: null,
    jobs: 1,
    texts: 'inline',
    ...options,
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return { result, out, text: readFileSync(out, 'utf8') };
}

/**
 * The stored merge carries every article over without reading its entry back; without it (as
 * after a run killed before it stored one) a run reads the entries, which is what a test of
 * the entries needs.
 */
function forgetMerge(cacheDir: string): void {
  rmSync(join(cacheDir, MERGED_CORPUS_FILE), { force: true });
}

function cacheEntries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.bin'))
    .map((name) => join(dir, name));
}

describe('npm run parse with the per-article cache', () => {
  it('gives byte-identical output cold, warm, and after one article is added', async () => {
    const seeds = seedsFolder(30);
    const cacheDir = temp('cache-');
    const cold = await parse(seeds, { cacheDir });
    expect(cold.text).toBe(coldOutput(seeds));
    expect(cold.result.cache).toEqual({ fromCache: 0, parsed: 30, damaged: 0 });

    const warm = await parse(seeds, { cacheDir });
    expect(warm.text).toBe(cold.text);
    expect(warm.result.cache).toEqual({ fromCache: 30, parsed: 0, damaged: 0 });

    const added = makeArticles(31).at(-1);
    if (added === undefined) throw new Error('no article');
    writeFileSync(join(seeds, 'zz_added.txt'), added.text);
    const grown = await parse(seeds, { cacheDir });
    expect(grown.result.cache).toEqual({ fromCache: 30, parsed: 1, damaged: 0 });
    expect(grown.text).toBe(coldOutput(seeds));
    expect(grown.text).not.toBe(cold.text);
  }, 120_000);

  it('re-parses an article whose text or sidecar changed, and only that one', async () => {
    const seeds = seedsFolder(12);
    const cacheDir = temp('cache-');
    await parse(seeds, { cacheDir });
    writeFileSync(
      join(seeds, 'bench_00004.txt'),
      'Published: 3 March 2024\n\nChina imposed tariffs on US corn on Monday.\n',
    );
    writeFileSync(
      join(seeds, 'bench_00006.meta.json'),
      JSON.stringify({ published: '2020-01-02' }),
    );
    const changed = await parse(seeds, { cacheDir });
    expect(changed.result.cache).toMatchObject({ fromCache: 10, parsed: 2 });
    expect(changed.text).toBe(coldOutput(seeds));
  }, 120_000);

  it('re-parses everything when the known-events file changes, and applies a curation edit at once', async () => {
    const seeds = seedsFolder(12);
    const cacheDir = temp('cache-');
    const first = await parse(seeds, { cacheDir });
    const file = eventsFileSchema.parse(JSON.parse(first.text));
    const target = file.events[0];
    if (target === undefined) throw new Error('no events');
    writeFileSync(
      join(seeds, 'curation.json'),
      JSON.stringify({ merges: [], edits: [{ id: target.id, title: 'A title an editor chose' }] }),
    );
    const curated = await parse(seeds, { cacheDir });
    expect(curated.text).toContain('A title an editor chose');
    expect(curated.text).toBe(coldOutput(seeds));

    writeFileSync(join(seeds, 'known-events.json'), JSON.stringify({ events: [] }));
    const registryless = await parse(seeds, { cacheDir });
    expect(registryless.result.cache).toMatchObject({ fromCache: 0, parsed: 12 });
    expect(registryless.text).toBe(coldOutput(seeds));
  }, 120_000);

  it('detects entries damaged by a killed run, rebuilds them and gives the cold output', async () => {
    const seeds = seedsFolder(10);
    const cacheDir = temp('cache-');
    const cold = await parse(seeds, { cacheDir });
    const entries = cacheEntries(cacheDir);
    expect(entries).toHaveLength(10);
    entries.forEach((path, i) => {
      const bytes = readFileSync(path);
      if (i % 3 === 0) writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
      else if (i % 3 === 1)
        writeFileSync(
          path,
          Buffer.from(bytes.map((b, j) => (j > 200 && j % 7 === 0 ? b ^ 0x55 : b))),
        );
    });
    forgetMerge(cacheDir);
    const repaired = await parse(seeds, { cacheDir });
    expect(repaired.result.cache).toEqual({ fromCache: 3, parsed: 7, damaged: 7 });
    expect(repaired.text).toBe(cold.text);
    const again = await parse(seeds, { cacheDir });
    expect(again.result.cache).toEqual({ fromCache: 10, parsed: 0, damaged: 0 });
  }, 120_000);

  it("rebuilds an entry whose stored source text is garbled or is another article's", async () => {
    const seeds = seedsFolder(6);
    const cacheDir = temp('cache-');
    const cold = await parse(seeds, { cacheDir });
    const cache = new ArticleCache(cacheDir);
    const [first, second, third] = cacheEntries(cacheDir).map((path) => basename(path, '.bin'));
    if (first === undefined || second === undefined || third === undefined)
      throw new Error('entries missing');
    // Checksum-valid: the first article's result with the second article's source text, as
    // a bug in a writer (not a killed run) might store it.
    const own = cache.read(first) ?? new Uint8Array();
    const ownChunk = Buffer.byteLength(sourceChunkFromBytes(own), 'utf8');
    const swapped = Buffer.concat([
      own.subarray(0, own.length - ownChunk),
      Buffer.from(sourceChunkFromBytes(cache.read(second) ?? new Uint8Array()), 'utf8'),
    ]);
    cache.write(first, swapped);
    // On disk: one byte of the third entry's stored source text flipped, its checksum stale.
    const path = join(cacheDir, third.slice(0, 2), `${third}.bin`);
    const bytes = readFileSync(path);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0x20;
    writeFileSync(path, bytes);

    forgetMerge(cacheDir);
    const repaired = await parse(seeds, { cacheDir });
    expect(repaired.result.cache).toEqual({ fromCache: 4, parsed: 2, damaged: 2 });
    expect(repaired.text).toBe(cold.text);
    const again = await parse(seeds, { cacheDir });
    expect(again.result.cache).toEqual({ fromCache: 6, parsed: 0, damaged: 0 });
    expect(again.text).toBe(cold.text);
  }, 120_000);

  it('rebuilds an entry whose stored source text is not UTF-8, instead of writing it out', async () => {
    const seeds = seedsFolder(3);
    const cacheDir = temp('cache-');
    const cold = await parse(seeds, { cacheDir });
    const cache = new ArticleCache(cacheDir);
    const [first] = cacheEntries(cacheDir).map((path) => basename(path, '.bin'));
    if (first === undefined) throw new Error('entries missing');
    // Checksum-valid (a writer's bug, not a killed run): a byte of the stored text made 0xFF,
    // which no UTF-8 text holds; id and closing brace intact.
    const bytes = Buffer.from(cache.read(first) ?? new Uint8Array());
    bytes[bytes.length - 20] = 0xff;
    cache.write(first, bytes);

    forgetMerge(cacheDir);
    const repaired = await parse(seeds, { cacheDir });
    expect(repaired.result.cache).toEqual({ fromCache: 2, parsed: 1, damaged: 1 });
    expect(repaired.text).toBe(cold.text);
    expect(repaired.text).not.toContain('\uFFFD');
  }, 120_000);

  it('spreads a cold run over worker threads with the same output', async () => {
    const seeds = seedsFolder(80);
    const cacheDir = temp('cache-');
    const twoWorkers = await parse(seeds, { cacheDir, jobs: 2 });
    expect(twoWorkers.text).toBe(coldOutput(seeds));
    // The workers filled the cache: the next run parses nothing.
    expect(cacheEntries(cacheDir)).toHaveLength(80);
    const warm = await parse(seeds, { cacheDir, jobs: 2 });
    expect(warm.result.cache).toEqual({ fromCache: 80, parsed: 0, damaged: 0 });
    // A worker stored the cold run's merge, whole: the warm run carried every article over.
    expect(warm.result.carried).toBe(80);
    expect(warm.text).toBe(twoWorkers.text);
  }, 120_000);

  it('survives two runs at once on the same cache and output', async () => {
    const seeds = seedsFolder(70);
    const cacheDir = temp('cache-');
    const out = join(temp('out-'), 'events.json');
    const runs = await Promise.all(
      [0, 1].map(
        () =>
          new Promise<{ code: number | null; stderr: string }>((resolve) => {
            const child = spawn(
              'npx',
              [
                'tsx',
                'src/pipeline/cli.ts',
                '--seeds',
                seeds,
                '--out',
                out,
                '--cache',
                cacheDir,
                '--jobs',
                '1',
              ],
              { cwd: ROOT },
            );
            let stderr = '';
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
            child.on('close', (code) => resolve({ code, stderr }));
          }),
      ),
    );
    expect(
      runs.map((r) => r.code),
      runs.map((r) => r.stderr).join('\n'),
    ).toEqual([0, 0]);
    expect(readFileSync(out, 'utf8')).toBe(coldOutput(seeds));
    const after = await parse(seeds, { cacheDir });
    expect(after.result.cache).toEqual({ fromCache: 70, parsed: 0, damaged: 0 });
    expect(readdirSync(join(out, '..'))).toEqual(['events.json']);
  }, 180_000);
});

describe('npm run parse with the stored merge', () => {
  it('carries the merge over for articles added after the others, and only then', async () => {
    const seeds = seedsFolder(30);
    const cacheDir = temp('cache-');
    const [late, early, edit] = makeArticles(33).slice(30);
    if (late === undefined || early === undefined || edit === undefined) throw new Error('none');
    const cold = await parse(seeds, { cacheDir });
    expect(cold.result.carried).toBe(0);
    const warm = await parse(seeds, { cacheDir });
    expect(warm.result.carried).toBe(30);
    expect(warm.text).toBe(cold.text);

    writeFileSync(join(seeds, 'zz_added.txt'), late.text);
    const grown = await parse(seeds, { cacheDir });
    expect(grown.result).toMatchObject({ carried: 30, cache: { fromCache: 30, parsed: 1 } });
    expect(grown.text).toBe(coldOutput(seeds));

    // Sorts first: the merge of the others is no longer the merge of the first articles.
    writeFileSync(join(seeds, 'aa_added.txt'), early.text);
    const first = await parse(seeds, { cacheDir });
    expect(first.result.carried).toBe(0);
    expect(first.text).toBe(coldOutput(seeds));
    expect((await parse(seeds, { cacheDir })).result.carried).toBe(32);

    writeFileSync(join(seeds, 'bench_00010.txt'), edit.text);
    const edited = await parse(seeds, { cacheDir });
    expect(edited.result.carried).toBe(0);
    expect(edited.text).toBe(coldOutput(seeds));

    rmSync(join(seeds, 'zz_added.txt'));
    const shrunk = await parse(seeds, { cacheDir });
    expect(shrunk.result.carried).toBe(0);
    expect(shrunk.text).toBe(coldOutput(seeds));
  }, 180_000);

  it.each([
    ['cut short by a killed run', (bytes: Buffer) => bytes.subarray(0, bytes.length - 100)],
    ['cut inside its header', (bytes: Buffer) => bytes.subarray(0, 40)],
    [
      'with one byte of the merge changed',
      (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        const at = Math.floor(copy.length / 2);
        copy[at] = (copy[at] ?? 0) ^ 0x01;
        return copy;
      },
    ],
  ])(
    'does not trust a stored merge %s, and stores a whole one again',
    async (_, damage) => {
      const seeds = seedsFolder(12);
      const cacheDir = temp('cache-');
      await parse(seeds, { cacheDir });
      const path = join(cacheDir, MERGED_CORPUS_FILE);
      writeFileSync(path, damage(readFileSync(path)));
      const added = makeArticles(13).at(-1);
      if (added === undefined) throw new Error('no article');
      writeFileSync(join(seeds, 'zz_added.txt'), added.text);
      const repaired = await parse(seeds, { cacheDir });
      expect(repaired.result).toMatchObject({
        carried: 0,
        cache: { fromCache: 12, parsed: 1, damaged: 1 },
      });
      expect(repaired.text).toBe(coldOutput(seeds));
      const again = await parse(seeds, { cacheDir });
      expect(again.result).toMatchObject({ carried: 13, cache: { damaged: 0 } });
      expect(again.text).toBe(repaired.text);
    },
    120_000,
  );

  it('gives the cold output from the stored merge while the entries are damaged', async () => {
    const seeds = seedsFolder(8);
    const cacheDir = temp('cache-');
    const cold = await parse(seeds, { cacheDir });
    for (const path of cacheEntries(cacheDir)) writeFileSync(path, 'garbled');
    const warm = await parse(seeds, { cacheDir });
    expect(warm.result).toMatchObject({ carried: 8, cache: { fromCache: 8, parsed: 0 } });
    expect(warm.text).toBe(cold.text);
  }, 120_000);
});

describe('npm run parse with texts in their own files', () => {
  it('writes a valid events.json without texts, and each text where its textFile says', async () => {
    const seeds = seedsFolder(6);
    const { text, out } = await parse(seeds, { texts: 'files' });
    const file = eventsFileSchema.parse(JSON.parse(text));
    const full = eventsFileSchema.parse(JSON.parse(coldOutput(seeds)));
    expect(file.events).toEqual(full.events);
    file.sources.forEach((source, i) => {
      expect(source.text).toBeUndefined();
      expect(source.textFile).toMatch(/^sources\/[0-9a-f]+\.json$/);
      const served = JSON.parse(readFileSync(join(out, '..', source.textFile ?? ''), 'utf8')) as {
        text: string;
      };
      expect(served.text).toBe(full.sources[i]?.text);
      expect({ ...source, textFile: undefined }).toEqual({
        ...full.sources[i],
        text: undefined,
        textFile: undefined,
      });
    });
    // Every quote is still the text at its offsets, once the text is fetched.
    const texts = new Map(
      file.sources.map((s) => [
        s.id,
        (JSON.parse(readFileSync(join(out, '..', s.textFile ?? ''), 'utf8')) as { text: string })
          .text,
      ]),
    );
    for (const m of file.events.flatMap((e) => e.mentions)) {
      expect(texts.get(m.sourceId)?.slice(m.start, m.end)).toBe(m.quote);
    }
  }, 120_000);

  it('removes the text file of an article that changed or went away', async () => {
    const seeds = seedsFolder(4);
    const out = join(temp('out-'), 'events.json');
    await parse(seeds, { texts: 'files', out });
    const sourcesDir = join(out, '..', 'sources');
    const before = readdirSync(sourcesDir);
    expect(before).toHaveLength(4);
    // As if the first run had been a while ago.
    const past = new Date(Date.now() - 60_000);
    for (const name of before) utimesSync(join(sourcesDir, name), past, past);
    rmSync(join(seeds, 'bench_00001.txt'));
    writeFileSync(
      join(seeds, 'bench_00002.txt'),
      'Published: 3 March 2024\n\nChina imposed tariffs on US corn on Monday.\n',
    );
    const { text } = await parse(seeds, { texts: 'files', out });
    const named = eventsFileSchema
      .parse(JSON.parse(text))
      .sources.map((s) => s.textFile?.slice('sources/'.length));
    expect(readdirSync(sourcesDir).sort()).toEqual([...named].sort());
    expect(named.every((name) => name !== undefined && existsSync(join(sourcesDir, name)))).toBe(
      true,
    );
  }, 120_000);
});
