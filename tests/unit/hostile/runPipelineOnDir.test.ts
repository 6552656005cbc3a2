import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsFileSchema } from '../../../src/data/eventSchema.ts';
import { runPipelineOnDir } from '../../../src/pipeline/runPipelineOnDir.ts';
import { HTML_PAYLOADS } from '../../fixtures/hostile/hostileText.ts';

const GOOD = 'Published: 12 May 2025\n\nTrump and Xi spoke by phone on Monday about tariffs.\n';

function seedsDir(files: Record<string, string>): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-seeds-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, out: join(dir, 'out', 'events.json') };
}

describe('the parse command on hostile seeds folders', () => {
  it('keeps HTML and control characters in an article as text, quoted at exact offsets', () => {
    const sentence = `${HTML_PAYLOADS[0]} Trump and Xi spoke by phone on Monday about tariffs and ${HTML_PAYLOADS[1]} \u202egnp.exe\u0007 chips.`;
    const text = `Published: 12 May 2025\n${HTML_PAYLOADS.join(' ')}\n\n${sentence}\n`;
    const { dir, out } = seedsDir({ '001_call.txt': text });
    expect(runPipelineOnDir(dir, out).ok).toBe(true);
    const file = eventsFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(file.sources[0]?.text).toBe(text);
    expect(file.events.flatMap((e) => e.mentions.map((m) => m.quote))).toContain(sentence);
  });

  it.each([
    [
      'two files with the same source id',
      { 'a.txt': GOOD, 'a.TXT': GOOD },
      /same source id "a" as a\.(?:TXT|txt); rename the file/,
    ],
    ['a file name without a stem', { '.txt': GOOD }, /\.txt: the file name has no stem/],
    [
      'a sidecar with a date no calendar has',
      { 'a.txt': GOOD, 'a.meta.json': '{"published":"2025-02-30"}' },
      /a\.meta\.json: published: expected a real calendar day/,
    ],
  ])('refuses %s, names the file and writes nothing', (_, files, reason) => {
    const { dir, out } = seedsDir({ 'ok.txt': GOOD });
    expect(runPipelineOnDir(dir, out).ok).toBe(true);
    const before = readFileSync(out, 'utf8');
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const run = runPipelineOnDir(dir, out);
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.errors.join('\n')).toMatch(reason);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });
});
