import { mkdtempSync, readFileSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePartsAtomically, type FilePart } from '../../../src/pipeline/writePartsAtomically.ts';

function bytesOf(parts: readonly FilePart[]): Buffer {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

describe('writing a file in parts', () => {
  // More byte parts than one writev takes, between text with characters beyond Latin-1.
  const parts: FilePart[] = [
    '{ "title": "Beijing — 北京 “talks”",\n',
    ...Array.from({ length: 2_500 }, (_, i) => Buffer.from(`  "part ${i}": "é",\n`, 'utf8')),
    '  "end": true }\n',
  ];

  it('writes the parts one after the other, and nothing else beside the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parts-'));
    const path = join(dir, 'out', 'events.json');
    expect(writePartsAtomically(path, parts)).toBe(true);
    expect(readFileSync(path)).toEqual(bytesOf(parts));
    expect(readdirSync(join(dir, 'out'))).toEqual(['events.json']);
  });

  it('leaves a file that already holds these bytes alone, and replaces one that does not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parts-'));
    const path = join(dir, 'events.json');
    writePartsAtomically(path, parts);
    const past = new Date(Date.now() - 60_000);
    utimesSync(path, past, past);
    expect(writePartsAtomically(path, parts)).toBe(false);
    expect(Math.round(statSync(path).mtimeMs)).toBe(past.getTime());
    // Same length, one character different.
    const changed = [...parts.slice(0, -1), '  "end": fals }\n'];
    expect(writePartsAtomically(path, changed)).toBe(true);
    expect(readFileSync(path)).toEqual(bytesOf(changed));
    // Shorter and longer than what is there.
    expect(writePartsAtomically(path, ['{}\n'])).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('{}\n');
    expect(writePartsAtomically(path, parts)).toBe(true);
    expect(readFileSync(path)).toEqual(bytesOf(parts));
  });
});
