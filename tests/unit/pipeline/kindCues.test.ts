import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_TABLE } from '../../../src/pipeline/kinds/kindTable.ts';

const ROOT = join(__dirname, '../../..');

/** A held-out set still blind is never read to shape rules, not even by a test's message. */
function blind(dir: string): boolean {
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  return /not for tuning/i.test(readme) && !/no longer blind/i.test(readme);
}

/** Every article the project holds: the seeds, the fixtures and the held-out sets read already. */
function articleTexts(): string[] {
  const dirs = [
    join(ROOT, 'seeds'),
    join(ROOT, 'tests/fixtures/articles'),
    ...readdirSync(join(ROOT, 'tests'))
      .filter((d) => d.startsWith('heldout') && !blind(join(ROOT, 'tests', d)))
      .map((d) => join(ROOT, 'tests', d, 'articles')),
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );
}

describe("a kind's cue", () => {
  // The cue is a cheap screen before the patterns: a word it forgets ("sat down with" under a
  // cue that knows only "sit") silently hides every sentence the pattern was written for.
  it('passes every sentence one of its own patterns would detect', () => {
    const sentences = articleTexts().flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/));
    const hidden: string[] = [];
    for (const [id, kind] of Object.entries(KIND_TABLE)) {
      const patterns = [...kind.verbal, ...kind.nominal].map(
        (p) => new RegExp(p.source, p.flags.replace(/[gy]/g, '')),
      );
      const examples = [...kind.examples.detects, ...sentences];
      for (const s of examples) {
        if (kind.cue.test(s)) continue;
        const hit = patterns.map((p) => p.exec(s)?.[0]).find((m) => m !== undefined);
        if (hit !== undefined) hidden.push(`${id}: "${hit}"`);
      }
    }
    expect(hidden).toEqual([]);
  }, 60_000);
});
