import { describe, expect, it } from 'vitest';
import { knownEventSchema, type KnownEvent } from '../../../src/pipeline/knownEventSchema.ts';
import {
  aliasMatchLength,
  compileKnownEvents,
  type CompiledKnownEvent,
} from '../../../src/pipeline/matchKnownEvents.ts';

function entry(id: string, aliases: string[]): KnownEvent {
  return knownEventSchema.parse({
    id,
    kind: 'talks',
    title: id,
    date: { start: '2025-10-30', precision: 'day', approximate: false },
    status: 'occurred',
    themes: ['trade'],
    aliases,
    source: 'a test of our own',
  });
}

function compiled(id: string, aliases: string[]): CompiledKnownEvent {
  const [k] = compileKnownEvents([entry(id, aliases)]);
  if (k === undefined) throw new Error('no entry compiled');
  return k;
}

describe('compileKnownEvents', () => {
  // The aliases share the pipeline's one pass over each sentence, in a slot a registry compiled
  // later takes over: a registry compiled before must match as it did.
  it('keeps matching after another registry is compiled', () => {
    const busan = compiled('busan-talks', ['\\bBusan\\b.{0,30}\\btalks\\b']);
    const sentence = 'Leaders met in Busan for talks on Thursday.';
    expect(aliasMatchLength(sentence, busan)).toBe('Busan for talks'.length);
    const geneva = compiled('geneva-talks', ['\\bGeneva\\s+talks\\b', '4%']);
    expect(aliasMatchLength('The Geneva talks ended.', geneva)).toBe('Geneva talks'.length);
    expect(aliasMatchLength(sentence, geneva)).toBe(0);
    expect(aliasMatchLength('A 4% rise', geneva)).toBe(2);
    expect(aliasMatchLength(sentence, busan)).toBe('Busan for talks'.length);
    expect(aliasMatchLength('The Geneva talks ended.', busan)).toBe(0);
  });

  it('gives the same aliases compiled again the same answers', () => {
    const aliases = ['\\bphase\\s+one\\s+deal\\b'];
    for (const k of [compiled('phase-one', aliases), compiled('phase-one', aliases)]) {
      expect(aliasMatchLength('the Phase One deal was signed', k)).toBe(14);
      expect(aliasMatchLength('no deal', k)).toBe(0);
    }
  });
});
