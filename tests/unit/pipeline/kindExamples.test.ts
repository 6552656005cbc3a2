import { describe, expect, it } from 'vitest';
import { KIND_IDS } from '../../../src/pipeline/kinds/allKinds.ts';
import { KIND_TABLE, KINDS } from '../../../src/pipeline/kinds/kindTable.ts';
import { detectSentence } from './detectSentence.ts';

const PUBLISHED = '2025-06-02';

const kindsIn = (sentence: string) => detectSentence(sentence, PUBLISHED).map((d) => d.kind);

describe('event kinds', () => {
  it('gives every id of the ordered list its own definition, in that order', () => {
    expect(KINDS.map((k) => k.id)).toEqual([...KIND_IDS]);
    for (const id of KIND_IDS) expect(KIND_TABLE[id].id).toBe(id);
  });

  it('lets a kind contain only other kinds', () => {
    for (const kind of KINDS) expect(kind.contains).not.toContain(kind.id);
  });

  for (const kind of KINDS) {
    describe(kind.id, () => {
      it('has examples of both sides', () => {
        expect(kind.examples.detects.length).toBeGreaterThan(0);
        expect(kind.examples.ignores.length).toBeGreaterThan(0);
      });
      it.each(kind.examples.detects)('detects: %s', (sentence) => {
        expect(kindsIn(sentence)).toContain(kind.id);
      });
      it.each(kind.examples.ignores)('ignores: %s', (sentence) => {
        expect(kindsIn(sentence)).not.toContain(kind.id);
      });
    });
  }
});
