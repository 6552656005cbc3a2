import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsFileSchema } from '../../../src/data/eventSchema.ts';

const ROOT = join(__dirname, '../../..');

function run(args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/pipeline/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function seedsDir(files: Record<string, string | Uint8Array>): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, out: join(dir, 'out', 'events.json') };
}

const GOOD = 'Published: 12 May 2025\n\nTrump and Xi spoke by phone on Monday about tariffs.\n';

describe('npm run parse', () => {
  it('writes a valid events file and exits 0', () => {
    const { dir, out } = seedsDir({ '001_call.txt': GOOD });
    const result = run(['--seeds', dir, '--out', out]);
    expect(result.code).toBe(0);
    const file = eventsFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(file.events.map((e) => e.date.start)).toEqual(['2025-05-12']);
  }, 120_000);

  it('exits 2 on wrong usage', () => {
    const result = run(['--nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/usage/);
  }, 120_000);

  it.each([
    [
      'invalid UTF-8',
      new Uint8Array([0x54, 0x72, 0x75, 0x6d, 0x70, 0xff, 0x0a]),
      /not valid UTF-8/,
    ],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), /binary/],
    ['empty', '', /empty/],
  ])(
    'exits 1 on a %s file, names it and leaves the previous output untouched',
    (_, content, reason) => {
      const { dir, out } = seedsDir({ '001_call.txt': GOOD });
      expect(run(['--seeds', dir, '--out', out]).code).toBe(0);
      const before = readFileSync(out, 'utf8');
      writeFileSync(join(dir, '002_bad.txt'), content);
      const result = run(['--seeds', dir, '--out', out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('002_bad.txt');
      expect(result.stderr).toMatch(reason);
      expect(readFileSync(out, 'utf8')).toBe(before);
    },
    120_000,
  );

  it('exits 1 on a broken known-events file, naming it', () => {
    const { dir, out } = seedsDir({
      '001_call.txt': GOOD,
      'known-events.json': '{"events": [{}]}',
    });
    const result = run(['--seeds', dir, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('known-events.json');
  }, 120_000);

  it('warns about an article with no date and keeps its events undated', () => {
    const { dir, out } = seedsDir({
      '001_undated.txt': 'China imposed new tariffs on US soybeans.\n',
    });
    const result = run(['--seeds', dir, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/001_undated\.txt: no publication date/);
    const file = eventsFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(file.events.map((e) => e.date.precision)).toEqual(['unknown']);
  }, 120_000);

  it('keeps HTML in an article as text', () => {
    const html = '<p>Trump met Xi in Busan on Oct. 30, 2025.<script>alert("x")</script></p>';
    const { dir, out } = seedsDir({ '001_html.txt': `Published: 1 Nov 2025\n\n${html}\n` });
    expect(run(['--seeds', dir, '--out', out]).code).toBe(0);
    const file = eventsFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(file.sources[0]?.text).toContain(html);
  }, 120_000);

  it('parses a 5 MB article', () => {
    const paragraph =
      'Officials said the talks in Geneva on May 10 and 11 were constructive. China imposed export controls on rare earths in April. ';
    const big = `Published: 12 May 2025\n\n${(paragraph + '\n').repeat(Math.ceil(5_000_000 / paragraph.length))}`;
    const { dir, out } = seedsDir({ '001_big.txt': big });
    const result = run(['--seeds', dir, '--out', out]);
    expect(result.code).toBe(0);
    const file = eventsFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(file.events.length).toBeGreaterThan(0);
  }, 120_000);
});
