import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const ENVOY = "(?:ambassador|envoy|charg[eé]\\s+d[’']affaires|diplomats?)";

/** A formal protest to the other side's envoy: "The foreign ministry summoned the US ambassador." */
export const ambassadorSummoned = defineKind({
  id: 'ambassador-summoned',
  cue: /summon/i,
  themes: ['diplomacy'],
  tag: 'ambassador-summoned',
  verbal: [
    re(`\\bsummon(?:ed|s|ing)?\\s+${GAP(4)}${ENVOY}\\b`),
    re(`\\b${ENVOY}\\s+${GAP(6)}(?:was|were|had\\s+been|has\\s+been)\\s+summoned\\b`),
  ],
  title: ({ subject, other }) => ({
    title: `${subject} summons ${other} ambassador`,
    slugParts: [subject, 'summons', other, 'ambassador'],
  }),
  examples: {
    detects: ['The Foreign Ministry summoned the US ambassador late on Tuesday to protest.'],
    ignores: ['The ambassador gave a speech on trade.'],
  },
});
