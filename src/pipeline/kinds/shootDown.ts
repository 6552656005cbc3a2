import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const CRAFT = '(?:balloon|airship|drone|aircraft|object)';

/** A craft brought down over the other side's objection: "The US shot down a Chinese balloon." */
export const shootDown = defineKind({
  id: 'shoot-down',
  cue: /balloon|shot\s+down|shoot|downed|airship/i,
  themes: ['diplomacy'],
  tag: 'balloon',
  verbal: [
    re(`\\b(?:shot|shoots|shoot|shooting)\\s+down\\s+${GAP(4)}${CRAFT}\\b`),
    re(`\\bdowned\\s+${GAP(4)}${CRAFT}\\b`),
    re(`\\b${CRAFT}\\s+${GAP(8)}(?:was|were|being|been)\\s+(?:shot\\s+down|blown\\s+up|downed)\\b`),
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
    ],
    ignores: ['Children released a balloon at the fair.'],
  },
});
