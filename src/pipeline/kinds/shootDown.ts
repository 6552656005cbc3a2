import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const CRAFT = '(?:balloon|airship|drone|aircraft|object)';

/** A craft brought down over the other side's objection: "The US shot down a Chinese balloon." */
export const shootDown = defineKind({
  id: 'shoot-down',
  cue: /balloon|shot\s+down|shoot|downed|airship|shot\s+(?:it|them)\s+down/i,
  themes: ['diplomacy'],
  tag: 'balloon',
  verbal: [
    re(`\\b(?:shot|shoots|shoot|shooting)\\s+down\\s+${GAP(4)}${CRAFT}\\b`),
    re(`\\bdowned\\s+${GAP(4)}${CRAFT}\\b`),
    // "Then came the balloon. The U.S. military shot it down off the coast": armed forces
    // shooting "it" down can only mean a craft, whatever the pronoun points back at.
    re(
      `\\b(?:military|armed\\s+forces|air\\s+force|navy|Pentagon|fighter\\s+jets?|fighters?|warplanes?|jets?)\\s+(?:[\\w-]+\\s+){0,2}?(?:shot|shoots|shoot)\\s+(?:it|them)\\s+down\\b`,
    ),
    // "The balloon that was shot down in February", "the Chinese balloon gets shot down".
    re(
      `\\b${CRAFT}\\s+(?:(?:that|which)\\s+)?${GAP(8)}(?:was|were|being|been|gets|got)\\s+(?:shot\\s+down|blown\\s+up|downed)\\b`,
    ),
  ],
  nominal: [
    re('\\b(?:spy|surveillance)\\s+balloon\\b|\\bballoon\\s+(?:incident|affair|saga|episode)\\b'),
  ],
  title: ({ subject, other }) => ({
    title: `${subject} shoots down ${other === 'China' ? 'Chinese' : 'US'} balloon`,
    slugParts: [subject, 'shoots-down', 'balloon'],
  }),
  examples: {
    detects: [
      'A fighter jet shot down the Chinese surveillance balloon off the Atlantic coast.',
      'Ties soured after the spy balloon incident in February.',
      'Then the airship drifted east, and the air force shot it down over the ocean in March.',
      'The balloon that was shot down in February did not help.',
      'On February 4 the Chinese balloon gets shot down off the coast.',
    ],
    ignores: [
      'Children released a balloon at the fair.',
      'The proposal reached the Senate, and senators shot it down within a week.',
    ],
  },
});
