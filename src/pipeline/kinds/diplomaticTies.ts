import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

const TIES = '(?:diplomatic\\s+(?:ties|relations|recognition)|formal\\s+(?:ties|relations))';

/**
 * Two governments recognising each other: "the establishment of diplomatic ties between Beijing
 * and Washington in 1979", "since Washington switched diplomatic recognition from Taipei to
 * Beijing in 1979". Told undated it is background to almost any story, so only a dated telling
 * is an event.
 */
export const diplomaticTies = defineKind({
  id: 'diplomatic-ties',
  cue: /diplomatic|formal\s+(?:ties|relations)|normali[sz]/i,
  themes: ['diplomacy'],
  tag: 'diplomatic-ties',
  verbal: [
    re(
      `\\b(?:established|establish|establishes|establishing|switched|switches|switch|normali[sz]ed|normali[sz]es|normali[sz]e|restored|restores|opened|forged)\\s+(?:full\\s+|formal\\s+)?${TIES}\\b`,
    ),
    re(
      '\\bnormali[sz]ed\\s+(?:(?:their|bilateral)\\s+)?relations\\b|\\bnormali[sz]ation\\s+of\\s+(?:(?:their|bilateral|diplomatic)\\s+)?relations\\b',
    ),
  ],
  nominal: [re(`\\bestablishment\\s+of\\s+(?:full\\s+|formal\\s+)?${TIES}\\b`)],
  bilateral: true,
  datedOnly: true,
  title: ({ pair, parties, verb }) => ({
    title: `${pair} ${verb('establishes', 'establish')} diplomatic ties`,
    slugParts: [...parties.slice(0, 2), 'diplomatic-ties'],
  }),
  examples: {
    detects: [
      'The ties rest on the establishment of diplomatic relations between the two capitals in 1979.',
      'It was the first such call since Washington switched diplomatic recognition to Beijing in 1979.',
      'The two countries normalized relations on January 1, 1979.',
    ],
    ignores: [
      'The envoy praised the diplomatic ties between the two ports.',
      'Officials discussed diplomatic relations over lunch.',
    ],
  },
});
