import { describe, expect, it } from 'vitest';
import { ACTOR_ALIASES, SIDE_OF } from '../../../src/pipeline/gazetteer.ts';

describe('the sides of the relationship', () => {
  it('names only actors the gazetteer knows', () => {
    const known = new Set(ACTOR_ALIASES.map(([name]) => name));
    for (const name of SIDE_OF.keys()) expect(known).toContain(name);
  });

  it('leaves third countries on neither side', () => {
    for (const name of ['Russia', 'Taiwan', 'Japan', 'European Union']) {
      expect(SIDE_OF.has(name)).toBe(false);
    }
  });
});
